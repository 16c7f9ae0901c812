package org.carepool.registry.roster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.carepool.registry.RegistryTest;
import org.carepool.registry.access.Caller;
import org.carepool.registry.access.Callers;
import org.carepool.registry.person.Gender;
import org.carepool.registry.person.PersonManagement;
import org.carepool.registry.person.PersonType;
import org.carepool.registry.person.RegisterPersonRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tests for {@link RosterImports}: a roster with the mistakes people make, reported cell
 * by cell before anything is written; skip and merge; a re-import that changes nothing;
 * an interrupted import resumed.
 */
@RegistryTest
class RosterImportTests {

	static final List<String> HEADERS = List.of("姓名*", "性别", "出生年份", "身份证号码", "手机号码", "邮箱", "所在街道", "专长", "资格证书", "类型",
			"备注");

	@Autowired
	private RosterImports imports;

	@Autowired
	private PersonManagement people;

	@Autowired
	private JdbcTemplate jdbc;

	private final Caller coordinator = Callers.COORDINATOR.caller("roster-" + UUID.randomUUID());

	@org.junit.jupiter.api.BeforeEach
	void inChinese() {
		// As the registry answers a request without Accept-Language.
		LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
	}

	@org.junit.jupiter.api.AfterEach
	void resetLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void reportsEveryMistakeByRowAndCellBeforeWritingAnything() {
		Roster roster = new Roster(this.people, this.coordinator);
		long before = people();
		RosterReport report = this.imports.upload(this.coordinator, "名册.xlsx", roster.file());
		assertThat(report.columns()).extracting(RosterReport.Column::column)
			.containsExactly(RosterColumn.NAME, RosterColumn.GENDER, RosterColumn.BIRTH_YEAR, RosterColumn.RESIDENT_ID,
					RosterColumn.PHONE, RosterColumn.EMAIL, RosterColumn.HOME_STREET, RosterColumn.SKILLS,
					RosterColumn.CERTIFICATIONS, RosterColumn.TYPES, null);
		assertThat(report.problems().stream().map(RosterImportTests::cell).collect(Collectors.toSet()))
			.containsExactlyInAnyOrderElementsOf(roster.expected);
		assertThat(report.problemCount()).isEqualTo(roster.expected.size());
		assertThat(report.rows()).isEqualTo(roster.rows.size());
		assertThat(report.ready()).isEqualTo(roster.ready);
		assertThat(report.invalid())
			.isEqualTo(roster.expected.stream().map((cell) -> cell.split(":")[0]).distinct().count());
		assertThat(report.duplicates())
			.extracting(RosterReport.Duplicate::row, RosterReport.Duplicate::field, RosterReport.Duplicate::existing)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(roster.skipRow, "phone", roster.skipped),
					org.assertj.core.groups.Tuple.tuple(roster.mergeRow, "residentId", roster.merged));
		assertThat(people()).isEqualTo(before);
		RosterReport.Problem checksum = problem(report, roster.checksumRow);
		assertThat(checksum.message()).isEqualTo("身份证号码校验位不正确");
		assertThat(checksum.header()).isEqualTo("身份证号码");
		assertThat(problem(report, roster.streetRow).suggestion()).isEqualTo("长寿路街道");
		assertThat(problem(report, roster.streetRow).message()).isEqualTo("街镇“长寿街道”不在本区街镇目录中（是否为“长寿路街道”？）");
		assertThat(problem(report, roster.skillRow).suggestion()).isEqualTo("心理咨询");
		assertThat(problem(report, roster.certificationRow).suggestion()).isNull();
		assertThat(problem(report, roster.inFileRow).message()).isEqualTo("与第 2 行是同一人（号码相同）");
	}

	@Test
	void reportsInEnglishOnRequest() {
		Roster roster = new Roster(this.people, this.coordinator);
		LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
		RosterReport report = this.imports.upload(this.coordinator, "roster.xlsx", roster.file());
		assertThat(problem(report, roster.checksumRow).message()).isEqualTo("has a wrong check character");
	}

	@Test
	void importsValidRowsSkipsAndMergesDuplicatesAndAnnouncesEachPerson() {
		Roster roster = new Roster(this.people, this.coordinator);
		long before = people();
		long changes = changes();
		RosterReport report = this.imports.upload(this.coordinator, "名册.xlsx", roster.file());
		RosterReport.Progress done = run(report.id(),
				Map.of(roster.skipRow, RosterReport.Decision.SKIP, roster.mergeRow, RosterReport.Decision.MERGE));
		assertThat(done.created()).isEqualTo(roster.ready);
		assertThat(done.merged()).isOne();
		assertThat(done.skipped()).isOne();
		assertThat(done.invalid()).isEqualTo(report.invalid());
		assertThat(people()).isEqualTo(before + roster.ready);
		// Every created and merged person is on the change feed, and each import audited.
		assertThat(changes() - changes).isGreaterThanOrEqualTo(roster.ready + 1);
		List<UUID> created = this.jdbc.queryForList(
				"select person_id from roster_import_row where import_id = ? and outcome = 'CREATED'", UUID.class,
				report.id());
		assertThat(created).hasSize(roster.ready);
		for (UUID id : created) {
			assertThat(this.jdbc.queryForObject("select count(*) from change_log where entity_id = ?", Long.class, id))
				.isPositive();
			assertThat(this.jdbc.queryForObject(
					"select count(*) from audit_event where action = 'person.import' and subject_id = ?", Long.class,
					id.toString()))
				.isOne();
		}
		assertThat(this.jdbc.queryForObject(
				"select phone_hash is not null from person p join roster_import_row r on r.person_id = p.id where r.row_number = ? and r.import_id = ?",
				Boolean.class, roster.fullWidthRow, report.id()))
			.isTrue();
		// The merged person keeps what they had and gains what the row adds.
		assertThat(this.jdbc.queryForList("select skill_code from person_skill where person_id = ? order by 1",
				String.class, roster.merged))
			.containsExactly("psy.counselling", "psy.grief");
		assertThat(this.jdbc.queryForList("select street_code from person_served_street where person_id = ? order by 1",
				String.class, roster.merged))
			.containsExactly("caoyang-xincun", "changshou-road");
		assertThat(this.jdbc.queryForObject("select count(*) from certification where person_id = ?", Long.class,
				roster.merged))
			.isOne();
		// The skipped person is as they were.
		assertThat(this.jdbc.queryForList("select skill_code from person_skill where person_id = ?", String.class,
				roster.skipped))
			.containsExactly("psy.grief");
		assertThat(this.jdbc.queryForObject("select content_sealed from roster_import where id = ?", String.class,
				report.id()))
			.isNull();
	}

	@Test
	void importsTheSameFileTwiceWithoutChangingAnything() {
		Roster roster = new Roster(this.people, this.coordinator);
		byte[] file = roster.file();
		RosterReport first = this.imports.upload(this.coordinator, "名册.xlsx", file);
		run(first.id(), Map.of(roster.mergeRow, RosterReport.Decision.MERGE));
		long people = people();
		long changes = changes();
		Long mergedVersion = version(roster.merged);
		RosterReport second = this.imports.upload(this.coordinator, "名册（再次）.xlsx", file);
		assertThat(second.ready()).isZero();
		// Already in: the rows created, merged and skipped, and the row that repeated an
		// imported row word for word (refused as a repeat the first time).
		assertThat(second.alreadyImported()).isEqualTo(roster.ready + 3);
		// The row that repeated an imported row's phone now meets that person in the
		// registry: offered to skip (the default) or merge, no longer an error.
		assertThat(second.duplicates()).extracting(RosterReport.Duplicate::row).containsExactly(roster.inFileRow);
		RosterReport.Progress done = run(second.id(), Map.of(roster.mergeRow, RosterReport.Decision.MERGE));
		assertThat(done.created()).isZero();
		assertThat(done.merged()).isZero();
		assertThat(done.skipped()).isOne();
		assertThat(done.unchanged()).isEqualTo(roster.ready + 3);
		assertThat(people()).isEqualTo(people);
		assertThat(changes()).isEqualTo(changes);
		assertThat(version(roster.merged)).isEqualTo(mergedVersion);
	}

	@Test
	void resumesAnInterruptedImportWhereItStopped() {
		List<String> phones = new ArrayList<>();
		List<List<Object>> rows = new ArrayList<>();
		// Letters only: a digit in a name is one of the mistakes the report names.
		String marker = "续" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
		for (int i = 0; i < 5; i++) {
			String phone = Rosters.phone();
			phones.add(phone);
			rows.add(List.of(marker + "甲乙丙丁戊".charAt(i), "女", "1980", "", phone, "", "长寿路街道", "哀伤辅导(2)", "", "志愿者"));
		}
		RosterReport report = this.imports.upload(this.coordinator, "名册.xlsx", Rosters.xlsx(HEADERS, rows));
		this.imports.claim(this.coordinator, report.id(), Map.of());
		this.imports.write(this.coordinator, report.id(), 1, 2);
		RosterReport.Progress stopped = this.imports.progress(this.coordinator, report.id());
		assertThat(this.imports.report(this.coordinator, report.id()).status()).isEqualTo("INTERRUPTED");
		assertThat(stopped.done()).isEqualTo(2);
		assertThat(stopped.created()).isEqualTo(2);
		assertThat(named(marker)).isEqualTo(2);
		RosterReport.Progress done = run(report.id(), Map.of());
		assertThat(done.created()).isEqualTo(5);
		assertThat(done.unchanged()).isZero();
		assertThat(named(marker)).isEqualTo(5);
	}

	@Test
	void confinesAStreetCoordinatorsImportToTheirStreet() {
		Caller street = Callers.STREET_COORDINATOR.caller("roster-street-" + UUID.randomUUID());
		List<List<Object>> rows = List.of(List.of("街镇内", "女", "1980", "", Rosters.phone(), "", "长征镇", "", "", "志愿者"),
				List.of("街镇外", "女", "1980", "", Rosters.phone(), "", "长寿路街道", "", "", "志愿者"));
		RosterReport report = this.imports.upload(street, "名册.csv", csv(rows));
		assertThat(report.ready()).isOne();
		assertThat(report.problems()).extracting(RosterImportTests::cell)
			.containsExactly("3:SERVED_STREETS:rule.street-outside-area");
		assertThatThrownBy(() -> this.imports.report(this.coordinator, report.id()))
			.isInstanceOf(RosterImportNotFound.class);
	}

	@Test
	void readsCsvInGbkWithHeaderVariants() {
		String phone = Rosters.phone();
		String text = "名字,性别,手机,街镇,专长/技能\r\n王芳,女," + phone + ",曹杨新村,心理咨询：4、哀伤辅导\r\n";
		RosterReport report = this.imports.upload(this.coordinator, "名册.csv",
				text.getBytes(java.nio.charset.Charset.forName("GBK")));
		assertThat(report.columns()).extracting(RosterReport.Column::column)
			.containsExactly(RosterColumn.NAME, RosterColumn.GENDER, RosterColumn.PHONE, RosterColumn.HOME_STREET,
					RosterColumn.SKILLS);
		assertThat(report.problems()).isEmpty();
		assertThat(report.ready()).isOne();
	}

	@Test
	void remapsColumnsAsTheCoordinatorChooses() {
		String text = "甲列,乙列\n李雷," + Rosters.phone() + "\n";
		RosterReport report = this.imports.upload(this.coordinator, "名册.csv", text.getBytes());
		assertThat(report.columns()).extracting(RosterReport.Column::column).containsOnlyNulls();
		assertThat(report.problems()).extracting(RosterImportTests::cell)
			.containsExactly("2:NAME:name.required", "2:HOME_STREET:street.required");
		RosterReport remapped = this.imports.remap(this.coordinator, report.id(),
				Map.of(0, RosterColumn.NAME, 1, RosterColumn.PHONE));
		assertThat(remapped.problems()).extracting(RosterImportTests::cell)
			.containsExactly("2:HOME_STREET:street.required");
	}

	@Test
	void refusesFilesItCannotTrust() {
		assertThatThrownBy(() -> this.imports.upload(this.coordinator, "a.xlsx", new byte[0]))
			.isInstanceOfSatisfying(RosterRefused.class, (ex) -> assertThat(ex.code()).isEqualTo("empty"));
		assertThatThrownBy(() -> this.imports.upload(this.coordinator, "a.exe", "MZ\0\0".getBytes()))
			.isInstanceOfSatisfying(RosterRefused.class, (ex) -> assertThat(ex.code()).isEqualTo("type"));
		assertThatThrownBy(
				() -> this.imports.upload(this.coordinator, "a.xlsx", new byte[] { 'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6 }))
			.isInstanceOfSatisfying(RosterRefused.class, (ex) -> assertThat(ex.code()).isEqualTo("damaged"));
		assertThatThrownBy(() -> this.imports.upload(this.coordinator, "a.xls",
				new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0 }))
			.isInstanceOfSatisfying(RosterRefused.class, (ex) -> assertThat(ex.code()).isEqualTo("xls"));
		assertThatThrownBy(() -> this.imports.upload(this.coordinator, "a.csv", new byte[6 * 1024 * 1024]))
			.isInstanceOfSatisfying(RosterRefused.class, (ex) -> assertThat(ex.code()).isEqualTo("too-large"));
	}

	private RosterReport.Progress run(UUID id, Map<Integer, RosterReport.Decision> decisions) {
		this.imports.run(this.coordinator, id, decisions);
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (Instant.now().isBefore(deadline)) {
			RosterReport report = this.imports.report(this.coordinator, id);
			if (!"RUNNING".equals(report.status())) {
				assertThat(report.status()).as(String.valueOf(report.progress().problem())).isEqualTo("COMPLETED");
				return report.progress();
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("The import did not complete");
	}

	private static byte[] csv(List<List<Object>> rows) {
		StringBuilder text = new StringBuilder(String.join(",", HEADERS.subList(0, 10))).append("\n");
		rows.forEach(
				(row) -> text.append(row.stream().map(String::valueOf).collect(Collectors.joining(","))).append("\n"));
		return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static String cell(RosterReport.Problem problem) {
		return problem.row() + ":" + ((problem.column() != null) ? problem.column().name() : "ROW") + ":"
				+ problem.code();
	}

	private static RosterReport.Problem problem(RosterReport report, int row) {
		return report.problems().stream().filter((problem) -> problem.row() == row).findFirst().orElseThrow();
	}

	private long people() {
		return this.jdbc.queryForObject("select count(*) from person", Long.class);
	}

	private long changes() {
		return this.jdbc.queryForObject("select count(*) from change_log", Long.class);
	}

	private long named(String marker) {
		return this.jdbc.queryForObject("select count(*) from person where name like ?", Long.class, marker + "%");
	}

	private Long version(UUID id) {
		return this.jdbc.queryForObject("select version from person where id = ?", Long.class, id);
	}

	/**
	 * A roster of realistic rows, most with one mistake each, and what the report must
	 * say about each cell.
	 */
	static final class Roster {

		final List<List<Object>> rows = new ArrayList<>();

		final Set<String> expected = new java.util.LinkedHashSet<>();

		int ready;

		int checksumRow;

		int streetRow;

		int skillRow;

		int certificationRow;

		int inFileRow;

		int fullWidthRow;

		int skipRow;

		int mergeRow;

		UUID skipped;

		UUID merged;

		Roster(PersonManagement people, Caller coordinator) {
			String phoneA = Rosters.phone();
			String idB = Rosters.residentId(1979, true);
			ok("陈静", "女", "1982", "", phoneA, "chen@example.org", "长寿路街道", "心理咨询(4)、哀伤辅导", "心理咨询师", "专家");
			ok("刘强", "男", "1979", idB, Rosters.phone(), "", "曹杨新村街道", "", "", "志愿者");
			bad("", "女", "1990", "", Rosters.phone(), "", "长寿路街道", "", "", "志愿者", "NAME:name.required");
			bad("赵敏", "公", "1990", "", Rosters.phone(), "", "长寿路街道", "", "", "", "GENDER:gender.unknown");
			bad("钱红", "女", "八二年", "", Rosters.phone(), "", "长寿路街道", "", "", "", "BIRTH_YEAR:birth-year.format");
			bad("孙丽", "女", "2019", "", Rosters.phone(), "", "长寿路街道", "", "", "", "BIRTH_YEAR:birth-year.range");
			String wrongCheck = Rosters.residentId(1985, false);
			wrongCheck = wrongCheck.substring(0, 17) + ((wrongCheck.charAt(17) == '1') ? '2' : '1');
			this.checksumRow = bad("李娜", "女", "1985", wrongCheck, Rosters.phone(), "", "长寿路街道", "", "", "",
					"RESIDENT_ID:rule.resident-id.checksum");
			bad("周杰", "男", "", Rosters.residentId(1985, true).substring(1), Rosters.phone(), "", "长寿路街道", "", "", "",
					"RESIDENT_ID:rule.resident-id.length");
			bad("吴芳", "女", "1982", 3.10107198203151E17, Rosters.phone(), "", "长寿路街道", "", "", "",
					"RESIDENT_ID:resident-id.number-cell");
			bad("郑洁", "女", "1980", Rosters.residentId(1982, false), Rosters.phone(), "", "长寿路街道", "", "", "",
					"BIRTH_YEAR:birth-year.mismatch");
			bad("王伟", "男", "", Rosters.residentId(1982, false), Rosters.phone(), "", "长寿路街道", "", "", "",
					"GENDER:gender.mismatch");
			bad("冯雪", "女", "1988", "", "1380013800", "", "长寿路街道", "", "", "", "PHONE:rule.mobile.format");
			bad("陈刚", "男", "1988", "", "021-62345678", "", "长寿路街道", "", "", "", "PHONE:rule.mobile.format");
			bad("褚玲", "女", "1988", "", Rosters.phone(), "chu@", "长寿路街道", "", "", "", "EMAIL:rule.email.format");
			this.streetRow = bad("卫东", "男", "1988", "", Rosters.phone(), "", "长寿街道", "", "", "",
					"HOME_STREET:street.unknown");
			this.skillRow = bad("蒋梅", "女", "1988", "", Rosters.phone(), "", "长寿路街道", "心理咨洵", "", "",
					"SKILLS:skill.unknown");
			bad("沈兰", "女", "1988", "", Rosters.phone(), "", "长寿路街道", "心理咨询(7)", "", "", "SKILLS:skill.level");
			this.certificationRow = bad("韩梅", "女", "1988", "", Rosters.phone(), "", "长寿路街道", "", "驾驶证", "",
					"CERTIFICATIONS:certification.unknown");
			bad("杨帆", "男", "1988", "", Rosters.phone(), "", "长寿路街道", "", "", "干部", "TYPES:type.unknown");
			bad("朱琳", "女", "1988", "", "=A1&\"13900000000\"", "", "长寿路街道", "", "", "", "PHONE:formula");
			this.inFileRow = bad("秦岚", "女", "1988", "", phoneA, "", "长寿路街道", "", "", "", "PHONE:duplicate.in-file");
			bad("刘强", "男", "1979", idB, this.rows.get(1).get(4), "", "曹杨新村街道", "", "", "志愿者", "ROW:duplicate.row");
			bad("张3", "男", "1988", "", Rosters.phone(), "", "长寿路街道", "", "", "", "NAME:name.format");
			bad("许静", "女", "1988", "", Rosters.phone(), "", "", "", "", "", "HOME_STREET:street.required");
			bad("何平", "女", "1988", "", Rosters.phone(), "", "长寿路街道", "哀伤辅导、哀伤辅导", "", "", "SKILLS:skill.repeated");
			String fullWidth = Rosters.phone();
			StringBuilder wide = new StringBuilder();
			fullWidth.chars().forEach((digit) -> wide.append((char) (digit - '0' + '０')));
			wide.insert(3, ' ').insert(8, ' ');
			this.fullWidthRow = ok("吕方", "男", "1970年", "", wide.toString(), "", "曹杨新村", "", "", "讲师");
			String skipPhone = Rosters.phone();
			this.skipped = people.register(coordinator, request("已登记甲", skipPhone, null)).id();
			this.skipRow = row("已登记甲", "女", "1975", "", skipPhone, "", "长寿路街道", "心理咨询", "", "");
			String mergeId = Rosters.residentId(1975, false);
			this.merged = people.register(coordinator, request("已登记乙", null, mergeId)).id();
			this.mergeRow = row("已登记乙", "女", "1975", mergeId, "", "", "曹杨新村街道", "心理咨询(4)", "心理咨询师", "专家");
		}

		byte[] file() {
			return Rosters.xlsx(HEADERS, this.rows);
		}

		private int ok(Object... cells) {
			this.ready++;
			return row(cells);
		}

		private int bad(Object... cellsAndProblem) {
			int row = row(Arrays.copyOf(cellsAndProblem, cellsAndProblem.length - 1));
			this.expected.add(row + ":" + cellsAndProblem[cellsAndProblem.length - 1]);
			return row;
		}

		private int row(Object... cells) {
			List<Object> row = new ArrayList<>(Arrays.asList(cells));
			row.add("备注" + (this.rows.size() + 2));
			this.rows.add(row);
			return this.rows.size() + 1;
		}

		private static RegisterPersonRequest request(String name, String phone, String residentId) {
			return new RegisterPersonRequest(name, Gender.FEMALE, 1975, null, null, null, phone, null, residentId,
					"changshou-road", null, List.of("changshou-road"), List.of(),
					List.of(new RegisterPersonRequest.SkillInput("psy.grief", 3, 5)), List.of(), List.of(), null,
					Set.of(PersonType.VOLUNTEER), false, null, null);
		}

	}

}
