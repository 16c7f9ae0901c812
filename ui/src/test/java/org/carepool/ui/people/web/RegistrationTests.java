package org.carepool.ui.people.web;

import java.util.List;
import java.util.Map;

import org.carepool.ui.RunningIdentityInitializer;
import org.carepool.ui.registry.Answer;
import org.carepool.ui.registry.RegistryClient;
import org.carepool.ui.registry.RegistryProblem;
import org.junit.jupiter.api.BeforeEach;
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
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/**
 * Tests for registering a person from a paper form ({@link PeopleController}).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RunningIdentityInitializer.class)
class RegistrationTests {

	private static final String EXISTING = "00000000-0000-4000-8000-0000000000c1";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	RegistryClient registry;

	@BeforeEach
	void streets() {
		given(this.registry.list("/api/taxonomy/streets"))
			.willReturn(List.of(Map.of("code", "changzheng-town", "nameZh", "长征镇", "nameEn", "Changzheng Town"),
					Map.of("code", "taopu-town", "nameZh", "桃浦镇", "nameEn", "Taopu Town")));
		given(this.registry.list("/api/taxonomy/skills"))
			.willReturn(List.of(Map.of("code", "psy.grief", "nameZh", "哀伤辅导", "nameEn", "Grief counselling")));
	}

	@Test
	void offersTheFormWithLabelledFieldsForThePaperForm() {
		assertThat(this.mvc.get().uri("/people/new").with(coordinator())).hasStatusOk()
			.bodyText()
			.contains("登记新人员", "<label for=\"name\">姓名 *</label>", "type=\"tel\"", "inputmode=\"numeric\"",
					"autocomplete=\"tel\"", "type=\"email\"", ">长征镇</span>", "哀伤辅导", "type=\"date\"");
		given(this.registry.get(eq("/api/people/search"), any(org.springframework.util.MultiValueMap.class)))
			.willReturn(Map.of("total", 0, "items", List.of(), "facets", Map.of()));
		assertThat(this.mvc.get().uri("/people").with(coordinator())).bodyText().contains("href=\"/people/new\"");
	}

	@Test
	void registersWhatWasWrittenAndOpensThePersonsPage() {
		given(this.registry.post(eq("/api/people"), any(), isNull()))
			.willReturn(new Answer<>(Map.of("id", EXISTING), "\"0\""));

		assertThat(this.mvc.post()
			.uri("/people/new")
			.with(coordinator())
			.with(csrf())
			.param("name", " 欧阳静怡 ")
			.param("phone", "13912345678")
			.param("email", "")
			.param("types", "EXPERT")
			.param("servedStreets", "changzheng-town", "taopu-town")
			.param("skill", "psy.grief")
			.param("skillLevel", "4")
			.param("skillYears", "")
			.param("trainedForSpecialFamilies", "true")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/people/" + EXISTING);

		@SuppressWarnings("unchecked")
		ArgumentCaptor<Map<String, Object>> body = ArgumentCaptor.forClass(Map.class);
		verify(this.registry).post(eq("/api/people"), body.capture(), isNull());
		assertThat(body.getValue()).containsEntry("name", "欧阳静怡")
			.containsEntry("phone", "13912345678")
			.containsEntry("types", List.of("EXPERT"))
			.containsEntry("servedStreets", List.of("changzheng-town", "taopu-town"))
			.containsEntry("skills", List.of(Map.of("code", "psy.grief", "level", "4")))
			.containsEntry("trainedForSpecialFamilies", true)
			.doesNotContainKeys("email", "birthYear", "homeStreet");
	}

	@Test
	void warnsOfADuplicateWithALinkToThePersonAndKeepsWhatWasTyped() {
		given(this.registry.post(eq("/api/people"), any(), isNull()))
			.willThrow(new RegistryProblem(409, "duplicate-person", "已有人员登记了这个手机号码", null, Map.of(),
					Map.of("field", "phone", "existing", "/api/people/" + EXISTING)));

		assertThat(this.mvc.post()
			.uri("/people/new")
			.with(coordinator())
			.with(csrf())
			.param("name", "欧阳静怡")
			.param("phone", "13912345678")
			.param("types", "EXPERT")
			.param("servedStreets", "taopu-town")).hasStatusOk()
			.bodyText()
			.contains("class=\"error-summary\"", "已有人员登记了这个手机号码", "href=\"/people/" + EXISTING + "\"", "查看已登记的这位人员",
					"value=\"欧阳静怡\"", "value=\"13912345678\"", "value=\"taopu-town\" checked=\"checked\"",
					"value=\"EXPERT\" checked=\"checked\"");
	}

	@Test
	void showsEachRefusedFieldBesideItAndInTheSummary() {
		given(this.registry.post(eq("/api/people"), any(), isNull())).willThrow(new RegistryProblem(400,
				"invalid-request", "请检查填写的内容", null, Map.of("name", "请填写姓名", "types", "请至少选择一种类型"), Map.of()));

		assertThat(this.mvc.post().uri("/people/new").with(coordinator()).with(csrf()).param("phone", "13912345678"))
			.hasStatusOk()
			.bodyText()
			.contains("<a href=\"#name\">请填写姓名</a>", "<a href=\"#types\">请至少选择一种类型</a>",
					"<p class=\"field-error\">请填写姓名</p>", "value=\"13912345678\"")
			.doesNotContain("查看已登记的这位人员");
	}

	private static OidcLoginRequestPostProcessor coordinator() {
		return oidcLogin().idToken((token) -> token.claim("name", "陈静").claim("roles", List.of("COORDINATOR")));
	}

}
