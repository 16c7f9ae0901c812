package org.carepool.ui.people.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/**
 * Tests for editing a person's profile ({@link PeopleController}) with optimistic
 * concurrency.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RunningIdentityInitializer.class)
class PersonEditTests {

	private static final UUID PERSON = UUID.fromString("00000000-0000-4000-8000-0000000000c1");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	RegistryClient registry;

	@BeforeEach
	void person() {
		given(this.registry.list("/api/taxonomy/streets"))
			.willReturn(List.of(Map.of("code", "changzheng-town", "nameZh", "长征镇", "nameEn", "Changzheng Town"),
					Map.of("code", "taopu-town", "nameZh", "桃浦镇", "nameEn", "Taopu Town")));
		given(this.registry.get("/api/people/{id}", PERSON)).willReturn(new Answer<>(person("主治医师"), "\"4\""));
	}

	@Test
	void opensTheFormFilledInWithPrivateValuesLeftMaskedAndEmpty() {
		String page = page(this.mvc.get().uri("/people/" + PERSON + "/edit"));

		assertThat(page)
			.contains("修改资料：欧阳静怡", "value=\"欧阳静怡\"", "value=\"主治医师\"", "name=\"etag\" value=\"&quot;4&quot;\"",
					"留空则保持不变（现为 139****5678）", "action=\"/people/" + PERSON + "/edit\"", "保存修改")
			.containsPattern("name=\"servedStreets\" value=\"taopu-town\" checked")
			.doesNotContainPattern("name=\"servedStreets\" value=\"changzheng-town\" checked")
			.doesNotContain("value=\"139****5678\"", "id=\"skill\"");
		assertThat(page(this.mvc.get().uri("/people/" + PERSON))).contains("href=\"/people/" + PERSON + "/edit\"");
	}

	@Test
	@SuppressWarnings("unchecked")
	void savesTheEditOnTheVersionReadKeepingWhatTheFormDoesNotShow() {
		ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
		given(this.registry.put(eq("/api/people/{id}"), body.capture(), eq("\"4\""), eq(PERSON)))
			.willReturn(new Answer<>(person("副主任医师"), "\"5\""));

		assertThat(this.mvc.post()
			.uri("/people/" + PERSON + "/edit")
			.with(coordinator())
			.with(csrf())
			.param("etag", "\"4\"")
			.param("name", "欧阳静怡")
			.param("title", "副主任医师")
			.param("types", "EXPERT")
			.param("servedStreets", "taopu-town")
			.param("phone", "")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/people/" + PERSON)
			.flash()
			.containsEntry("done", "people.edit.done");
		Map<String, Object> sent = (Map<String, Object>) body.getValue();
		assertThat(sent).containsEntry("title", "副主任医师")
			.containsEntry("skills", List.of(Map.of("code", "psy.grief", "level", 4, "years", 8)))
			.containsEntry("availability", List.of(Map.of("start", 540, "end", 720)))
			.containsKey("homeLocation")
			.doesNotContainKeys("phone", "email", "residentId");
	}

	@Test
	void saysSomeoneElseChangedItShowsTheirVersionAndKeepsWhatWasTyped() {
		given(this.registry.put(eq("/api/people/{id}"), any(), eq("\"4\""), eq(PERSON)))
			.willThrow(new RegistryProblem(412, "stale-version", "记录已被他人修改", null, Map.of(), Map.of()));
		given(this.registry.get("/api/people/{id}", PERSON)).willReturn(new Answer<>(person("主任医师"), "\"5\""));

		String page = page(this.mvc.post()
			.uri("/people/" + PERSON + "/edit")
			.with(csrf())
			.param("etag", "\"4\"")
			.param("name", "欧阳静怡")
			.param("title", "副主任医师")
			.param("employer", "上海市精神卫生中心")
			.param("types", "EXPERT")
			.param("servedStreets", "taopu-town")
			.param("bio", "我写的简介"));

		assertThat(page).contains("别人已修改了此人的资料", "id=\"edit-conflict\"")
			// Their change beside what was typed, field by field.
			.contains("<th scope=\"row\">职称</th>", "<td>副主任医师</td><td>主任医师</td>", "<td>我写的简介</td><td></td>")
			// What was typed stays in the form, and saving again is based on their
			// version.
			.contains("value=\"副主任医师\"", "我写的简介</textarea>", "name=\"etag\" value=\"&quot;5&quot;\"")
			.doesNotContain("<th scope=\"row\">服务街镇</th>", "<th scope=\"row\">姓名</th>");
	}

	@Test
	void showsTheRegistrysRefusalBesideTheFieldAndKeepsTheVersion() {
		given(this.registry.put(eq("/api/people/{id}"), any(), eq("\"4\""), eq(PERSON))).willThrow(
				new RegistryProblem(400, "invalid-input", "请检查填写的内容", null, Map.of("phone", "手机号码格式不对"), Map.of()));

		String page = page(this.mvc.post()
			.uri("/people/" + PERSON + "/edit")
			.with(csrf())
			.param("etag", "\"4\"")
			.param("name", "欧阳静怡")
			.param("phone", "12345")
			.param("types", "EXPERT"));

		assertThat(page).contains("请检查填写的内容", "手机号码格式不对", "value=\"12345\"", "name=\"etag\" value=\"&quot;4&quot;\"")
			.doesNotContain("id=\"edit-conflict\"");
	}

	private String page(MockMvcTester.MockMvcRequestBuilder request) {
		try {
			return request.with(coordinator()).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, Object> person(String title) {
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("id", PERSON.toString());
		person.put("version", 4);
		person.put("status", "ACTIVE");
		person.put("types", List.of("EXPERT"));
		person.put("name", "欧阳静怡");
		person.put("gender", "FEMALE");
		person.put("birthYear", 1980);
		person.put("employer", "上海市精神卫生中心");
		person.put("title", title);
		person.put("bio", null);
		person.put("phone", "139****5678");
		person.put("email", "o***@example.cn");
		person.put("residentId", "310***********123X");
		person.put("homeStreet", "taopu-town");
		person.put("homeLocation", Map.of("latitude", 31.28, "longitude", 121.38));
		person.put("servedStreets", List.of("taopu-town"));
		person.put("languages", List.of(Map.of("code", "zh-cmn", "level", 5)));
		person.put("skills", List.of(Map.of("code", "psy.grief", "level", 4, "years", 8)));
		person.put("availability", List.of(Map.of("start", 540, "end", 720)));
		person.put("blackouts", List.of());
		person.put("monthlyCapacityHours", 16);
		person.put("trainedForSpecialFamilies", false);
		person.put("agreementSignedOn", null);
		person.put("agreementValidUntil", null);
		person.put("certifications", List.of());
		person.put("consents", List.of());
		return person;
	}

	private static OidcLoginRequestPostProcessor coordinator() {
		return oidcLogin().idToken((token) -> token.claim("name", "陈静").claim("roles", List.of("COORDINATOR")));
	}

}
