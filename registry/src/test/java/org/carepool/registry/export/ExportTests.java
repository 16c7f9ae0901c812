package org.carepool.registry.export;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carepool.registry.RegistryTest;
import org.carepool.registry.access.Caller;
import org.carepool.registry.access.Callers;
import org.carepool.registry.person.Gender;
import org.carepool.registry.person.PersonManagement;
import org.carepool.registry.person.PersonType;
import org.carepool.registry.person.RegisterPersonRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Exports} through the export endpoint: the rows are the people the
 * database holds for the filter, contact details are masked unless a reason is stated
 * (then audited per person), a street coordinator's export holds their street only, the
 * export is audited with its filter and row count, and formulas are neutralised.
 */
@RegistryTest
class ExportTests {

	// The first workbook loads POI's classes; on a loaded machine that outlasts the
	// default ten seconds.
	private static final java.time.Duration LOADED = java.time.Duration.ofSeconds(60);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private PersonManagement people;

	@Autowired
	private JdbcTemplate jdbc;

	private final Caller coordinator = Callers.COORDINATOR.caller("export-fixture");

	@Test
	void exportsThePeopleOfTheFilterMaskedAndAudited() throws Exception {
		String marker = "导" + UUID.randomUUID().toString().substring(0, 6);
		String phone = register(marker + "甲", Callers.OWN_STREET);
		register(marker + "乙", Callers.FOREIGN_STREET);
		register(marker + "丙", Callers.OWN_STREET);
		String subject = "export-" + UUID.randomUUID();
		List<CSVRecord> rows = csv(export(Callers.COORDINATOR.as(subject), "?format=CSV&name=" + marker));
		long inDatabase = this.jdbc.queryForObject("select count(*) from person where name like ?", Long.class,
				marker + "%");
		assertThat(rows).hasSize((int) inDatabase + 1);
		assertThat(rows.get(0).get(0)).isEqualTo("姓名");
		assertThat(rows.stream().skip(1).map((row) -> row.get(0))).containsExactlyInAnyOrder(marker + "甲", marker + "乙",
				marker + "丙");
		assertThat(rows.stream().skip(1).map((row) -> row.get(8)))
			.contains(phone.substring(0, 3) + "****" + phone.substring(7))
			.doesNotContain(phone);
		assertThat(this.jdbc.queryForObject(
				"select reason from audit_event where actor = ? and action = 'export.people'", String.class, subject))
			.isEqualTo("filter={name:" + marker + "} rows=3 format=csv contacts=masked");
	}

	@Test
	void revealsContactDetailsOnlyWithAReasonAndAuditsEachPerson() throws Exception {
		String marker = "揭" + UUID.randomUUID().toString().substring(0, 6);
		String phone = register(marker + "甲", Callers.OWN_STREET);
		String subject = "export-" + UUID.randomUUID();
		List<CSVRecord> rows = csv(export(Callers.COORDINATOR.as(subject), "?name=" + marker + "&reason=电话通知活动安排"));
		assertThat(rows.get(1).get(8)).isEqualTo(phone);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where actor = ? and action = 'person.contact-reveal' and reason = 'export: 电话通知活动安排'",
				Long.class, subject))
			.isOne();
	}

	@Test
	void confinesAStreetCoordinatorsExportToTheirStreet() throws Exception {
		String marker = "街" + UUID.randomUUID().toString().substring(0, 6);
		register(marker + "甲", Callers.OWN_STREET);
		register(marker + "乙", Callers.FOREIGN_STREET);
		List<CSVRecord> rows = csv(export(Callers.STREET_COORDINATOR.any(), "?name=" + marker));
		assertThat(rows.stream().skip(1).map((row) -> row.get(0))).containsExactly(marker + "甲");
	}

	@Test
	void neutralisesFormulasInCsvAndWorkbook() throws Exception {
		String marker = "=HYPERLINK(\"http://example.org\",\"" + UUID.randomUUID().toString().substring(0, 6) + "\")";
		register(marker, Callers.OWN_STREET);
		List<CSVRecord> rows = csv(named(marker, "CSV"));
		assertThat(rows.get(1).get(0)).isEqualTo("'" + marker);
		MvcTestResult xlsx = named(marker, "XLSX");
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("姓名");
			assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'" + marker);
		}
		assertThat(Table.neutralise("+1")).isEqualTo("'+1");
		assertThat(Table.neutralise("-1")).isEqualTo("'-1");
		assertThat(Table.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Table.neutralise("\tx")).isEqualTo("'\tx");
		assertThat(Table.neutralise("\rx")).isEqualTo("'\rx");
		assertThat(Table.neutralise("陈静")).isEqualTo("陈静");
	}

	private MvcTestResult export(org.springframework.test.web.servlet.request.RequestPostProcessor caller, String query)
			throws Exception {
		MvcTestResult started = this.mvc.get().uri("/api/exports/people" + query).with(caller).exchange(LOADED);
		assertThat(started).hasStatusOk();
		return started;
	}

	private MvcTestResult named(String name, String format) {
		MvcTestResult result = this.mvc.get()
			.uri("/api/exports/people")
			.param("name", name)
			.param("format", format)
			.with(Callers.COORDINATOR.any())
			.exchange(LOADED);
		assertThat(result).hasStatusOk();
		return result;
	}

	private static List<CSVRecord> csv(MvcTestResult result) throws Exception {
		String text = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		return CSVFormat.EXCEL.parse(new StringReader(text.substring(1))).getRecords();
	}

	private String register(String name, String street) {
		String phone = "139" + String.format("%08d", new java.security.SecureRandom().nextInt(100_000_000));
		this.people.register(this.coordinator,
				new RegisterPersonRequest(name, Gender.FEMALE, 1980, null, null, null, phone, null, null, street, null,
						List.of(street), List.of(), List.of(), List.of(), List.of(), null, Set.of(PersonType.VOLUNTEER),
						false, null, null));
		return phone;
	}

}
