package org.carepool.ui.exports.web;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.carepool.ui.RunningIdentityInitializer;
import org.carepool.ui.registry.RegistryClient;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/**
 * Tests for exporting a list of people ({@link ExportsController}).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RunningIdentityInitializer.class)
class ExportsControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	RegistryClient registry;

	@Test
	void offersTheFiltersOfTheSearchAndAReasonForFullContacts() {
		given(this.registry.list("/api/taxonomy/streets"))
			.willReturn(List.of(Map.of("code", "changzheng-town", "nameZh", "长征镇", "nameEn", "Changzheng Town")));
		given(this.registry.list("/api/taxonomy/skills"))
			.willReturn(List.of(Map.of("code", "psy.grief", "nameZh", "哀伤辅导", "nameEn", "Grief counselling")));
		assertThat(this.mvc.get().uri("/people/export?street=changzheng-town").with(coordinator())).hasStatusOk()
			.bodyText()
			.contains("导出人员名单", "<option value=\"changzheng-town\" selected=\"selected\">长征镇</option>",
					"<label for=\"reason\">需要完整联系方式的原因（可不填）</label>");
	}

	@Test
	void relaysTheRegistrysFileWithTheFilters() throws Exception {
		willAnswer((invocation) -> {
			invocation.getArgument(2, OutputStream.class).write("\uFEFF姓名\r\n陈静\r\n".getBytes("UTF-8"));
			return null;
		}).given(this.registry).stream(eq("/api/exports/people"), any(), any());
		var result = this.mvc.get()
			.uri("/people/export/file?format=CSV&street=changzheng-town&reason=&name=")
			.with(coordinator())
			.exchange();
		assertThat(result).hasStatusOk().hasHeader("Cache-Control", "no-store");
		assertThat(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("陈静");
		ArgumentCaptor<Map<String, String>> query = ArgumentCaptor.captor();
		verify(this.registry).stream(eq("/api/exports/people"), query.capture(), any());
		assertThat(query.getValue()).containsEntry("street", "changzheng-town").containsEntry("format", "CSV");
	}

	private static OidcLoginRequestPostProcessor coordinator() {
		return oidcLogin().idToken((token) -> token.claim("name", "陈静").claim("roles", List.of("COORDINATOR")));
	}

}
