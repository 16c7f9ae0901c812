package org.carepool.ui.roster.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carepool.ui.RunningIdentityInitializer;
import org.carepool.ui.registry.Answer;
import org.carepool.ui.registry.RegistryClient;
import org.carepool.ui.registry.RegistryProblem;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/**
 * Tests for the roster import screens ({@link RosterController}).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RunningIdentityInitializer.class)
class RosterControllerTests {

	private static final String ID = "00000000-0000-4000-8000-0000000000d1";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	RegistryClient registry;

	@Test
	void offersTheUploadFormTheTemplateAndAMenuEntry() {
		assertThat(this.mvc.get().uri("/roster").with(coordinator())).hasStatusOk()
			.bodyText()
			.contains("导入人员名册", "href=\"/roster/template\"", "<label for=\"file\">名册文件</label>",
					"enctype=\"multipart/form-data\"", "<a href=\"/roster\"");
		assertThat(this.mvc.get().uri("/roster?tooLarge=true").with(coordinator())).hasStatusOk()
			.bodyText()
			.contains("文件过大");
	}

	@Test
	void sendsTheUploadedFileToTheRegistryAndOpensThePreview() {
		given(this.registry.upload(eq("/api/roster-imports"), any(), any(), any())).willReturn(Map.of("id", ID));
		byte[] content = "姓名,手机\n王芳,13912345678\n".getBytes();
		assertThat(this.mvc.post()
			.uri("/roster")
			.multipart()
			.file(new MockMultipartFile("file", "名册.csv", "text/csv", content))
			.with(coordinator())
			.with(csrf())).hasStatus3xxRedirection().hasRedirectedUrl("/roster/" + ID);
		ArgumentCaptor<Map<String, String>> query = ArgumentCaptor.captor();
		verify(this.registry).upload(eq("/api/roster-imports"), eq(content), eq(MediaType.APPLICATION_OCTET_STREAM),
				query.capture());
		assertThat(query.getValue()).containsEntry("fileName", "名册.csv");
	}

	@Test
	void showsTheRegistrysRefusalOnTheUploadPage() {
		given(this.registry.upload(eq("/api/roster-imports"), any(), any(), any())).willThrow(new RegistryProblem(415,
				"roster-type", "文件类型不支持", "请上传 .xlsx 或 .csv 格式的名册（可先下载模板）。", Map.of(), Map.of()));
		assertThat(this.mvc.post()
			.uri("/roster")
			.multipart()
			.file(new MockMultipartFile("file", "a.exe", "application/octet-stream", new byte[] { 1, 2 }))
			.with(coordinator())
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("文件类型不支持", "请上传 .xlsx 或 .csv 格式的名册", "<a href=\"#file\">名册文件</a>");
	}

	@Test
	void previewsProblemsByRowAndCellAndOffersAChoiceForEachDuplicate() {
		given(this.registry.get("/api/roster-imports/{id}", java.util.UUID.fromString(ID)))
			.willReturn(new Answer<>(report("PREVIEWED"), null));
		assertThat(this.mvc.get().uri("/roster/" + ID).with(coordinator())).hasStatusOk()
			.bodyText()
			.contains("名册检查：名册.xlsx", "共 3 行：可导入 1 行，有问题 1 行，已登记 1 行，此前已导入 0 行。", "身份证号码", "身份证号码校验位不正确",
					"第 4 行：手机号码已有人登记", "合并到已登记的人员", "开始导入（新登记 1 人）",
					"<option value=\"PHONE\" selected=\"selected\">手机</option>");
	}

	@Test
	void startsTheImportWithTheChosenDecisions() {
		given(this.registry.post(eq("/api/roster-imports/{id}/run"), any(), isNull(), any()))
			.willReturn(new Answer<>(Map.of(), null));
		assertThat(this.mvc.post()
			.uri("/roster/" + ID + "/run")
			.param("row-4", "MERGE")
			.param("row-5", "DROP")
			.with(coordinator())
			.with(csrf())).hasStatus3xxRedirection();
		ArgumentCaptor<Object> body = ArgumentCaptor.captor();
		verify(this.registry).post(eq("/api/roster-imports/{id}/run"), body.capture(), isNull(),
				eq(java.util.UUID.fromString(ID)));
		assertThat(body.getValue()).isEqualTo(Map.of("decisions", Map.of("4", "MERGE")));
	}

	@Test
	void showsProgressAsAFragmentForHtmx() {
		given(this.registry.get("/api/roster-imports/{id}", java.util.UUID.fromString(ID)))
			.willReturn(new Answer<>(report("RUNNING"), null));
		assertThat(this.mvc.get().uri("/roster/" + ID + "/progress").header("HX-Request", "true").with(coordinator()))
			.hasStatusOk()
			.bodyText()
			.contains("正在导入", "已处理 1 / 3 行", "hx-trigger=\"every 1s\"")
			.doesNotContain("<html");
	}

	private static Map<String, Object> report(String status) {
		Map<String, Object> report = new HashMap<>();
		report.put("id", ID);
		report.put("fileName", "名册.xlsx");
		report.put("status", status);
		report.put("rows", 3);
		report.put("ready", 1);
		report.put("invalid", 1);
		report.put("alreadyImported", 0);
		report.put("problemCount", 1);
		report.put("columns", List.of(Map.of("index", 0, "header", "手机号码", "column", "PHONE")));
		Map<String, Object> problem = new HashMap<>();
		problem.put("row", 3);
		problem.put("column", "RESIDENT_ID");
		problem.put("header", "身份证号码");
		problem.put("code", "rule.resident-id.checksum");
		problem.put("message", "身份证号码校验位不正确");
		report.put("problems", List.of(problem));
		Map<String, Object> duplicate = new HashMap<>();
		duplicate.put("row", 4);
		duplicate.put("field", "phone");
		duplicate.put("existing", "00000000-0000-4000-8000-0000000000e1");
		duplicate.put("existingName", "王芳");
		duplicate.put("decision", "SKIP");
		report.put("duplicates", List.of(duplicate));
		report.put("progress",
				Map.of("done", 1, "total", 3, "created", 1, "merged", 0, "skipped", 0, "unchanged", 0, "invalid", 0));
		return report;
	}

	private static OidcLoginRequestPostProcessor coordinator() {
		return oidcLogin().idToken((token) -> token.claim("name", "陈静").claim("roles", List.of("COORDINATOR")));
	}

}
