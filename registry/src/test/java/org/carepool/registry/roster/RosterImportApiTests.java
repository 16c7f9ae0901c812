package org.carepool.registry.roster;

import java.util.UUID;

import org.carepool.registry.RegistryTest;
import org.carepool.registry.access.Callers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the roster import endpoints: files refused with clear problems, never a
 * {@code 500}; the template; an upload answered with its report.
 */
@RegistryTest
class RosterImportApiTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void answersAnUploadWithItsReport() {
		MvcTestResult result = upload("roster.csv", ("姓名,手机,所在街镇\n王芳," + Rosters.phone() + ",长征镇\n").getBytes());
		assertThat(result).hasStatus(201);
		assertThat(result).bodyJson().extractingPath("$.ready").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.columns[1].column").isEqualTo("PHONE");
	}

	@Test
	void refusesAFileOfTheWrongTypeWithAProblem() {
		MvcTestResult result = upload("roster.pdf", "%PDF-1.7".getBytes());
		assertThat(result).hasStatus(415);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:carepool:problem:roster-type");
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("文件类型不支持");
	}

	@Test
	void refusesAFileOverTheLimitWithAProblem() {
		MvcTestResult result = upload("roster.csv", new byte[6 * 1024 * 1024]);
		assertThat(result).hasStatus(413);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:carepool:problem:body-too-large");
	}

	@Test
	void refusesADamagedWorkbookWithAProblem() {
		MvcTestResult result = upload("roster.xlsx", new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 0 });
		assertThat(result).hasStatus(422);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:carepool:problem:roster-damaged");
	}

	@Test
	void answersAnUnknownImportAsNotFound() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/roster-imports/{id}", UUID.randomUUID())
			.with(Callers.COORDINATOR.any())
			.exchange();
		assertThat(result).hasStatus(404);
		assertThat(result).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:carepool:problem:roster-import-not-found");
	}

	@Test
	void offersTheTemplateWithChineseHeaders() throws Exception {
		MvcTestResult result = this.mvc.get()
			.uri("/api/roster-imports/template")
			.with(Callers.COORDINATOR.any())
			.exchange();
		assertThat(result).hasStatusOk();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			org.apache.poi.ss.usermodel.Row header = workbook.getSheetAt(0).getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("姓名");
			assertThat(header.getCell(8).getStringCellValue()).isEqualTo("专长/技能");
			assertThat(workbook.getSheet("代码表").getRow(1).getCell(1).getStringCellValue()).isNotBlank();
		}
	}

	private MvcTestResult upload(String fileName, byte[] content) {
		return this.mvc.post()
			.uri("/api/roster-imports?fileName={name}", fileName)
			.with(Callers.COORDINATOR.any())
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.content(content)
			.exchange();
	}

}
