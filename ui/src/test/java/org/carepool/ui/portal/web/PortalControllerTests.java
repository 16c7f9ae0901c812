package org.carepool.ui.portal.web;

import java.nio.charset.StandardCharsets;
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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/**
 * Tests for {@link PortalController}: only partner users reach the portal; a request is
 * written as a draft and submitted, weekly or once; a request's page shows its timeline
 * and, of people, only the display name of whoever accepted.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RunningIdentityInitializer.class)
class PortalControllerTests {

	private static final UUID REQUEST = UUID.fromString("00000000-0000-4000-8000-0000000000a1");

	private static final UUID DRAFT = UUID.fromString("00000000-0000-4000-8000-0000000000d1");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	RegistryClient registry;

	@BeforeEach
	void taxonomy() {
		given(this.registry.list("/api/taxonomy/streets"))
			.willReturn(List.of(Map.of("code", "changzheng-town", "nameZh", "长征镇", "nameEn", "Changzheng Town")));
		given(this.registry.list("/api/taxonomy/skills")).willReturn(List
			.of(Map.of("code", "care.visiting", "area", "companionship", "nameZh", "上门探访", "nameEn", "Home visiting")));
		given(this.registry.list("/api/taxonomy/request-categories")).willReturn(
				List.of(Map.of("code", "family-support", "nameZh", "计划生育家庭帮扶", "nameEn", "Support for families")));
	}

	@Test
	void isForPartnerUsersOnly() {
		assertThat(this.mvc.get().uri("/portal").with(user("COORDINATOR"))).hasStatus(403);
		assertThat(this.mvc.get().uri("/portal/requests/" + REQUEST).with(user("EXPERT"))).hasStatus(403);
		assertThat(this.mvc.get().uri("/portal/new").with(user("VOLUNTEER"))).hasStatus(403);
		verify(this.registry, never()).get(eq("/api/requests/{id}"), any(Object[].class));
	}

	@Test
	void explainsTheSixKeyTasksInPlainWords() {
		assertThat(this.mvc.get().uri("/portal/new").with(user("PARTNER"))).hasStatusOk()
			.bodyText()
			.contains("id=\"category-family-support\"", "上门探访、陪伴", "id=\"category-rights-protection\"", "法律咨询",
					"id=\"category-publicity-education\"", "id=\"when-weekly\"", "保存草稿", "id=\"avoidOwnOrganisation\"");
	}

	@Test
	void savesAWeeklyRequestAsADraftThenSubmitsIt() {
		given(this.registry.post(eq("/api/request-drafts"), any(), eq(null)))
			.willReturn(new Answer<>(Map.of("id", DRAFT.toString()), "\"0\""));
		MvcTestResult saved = this.mvc.post()
			.uri("/portal/drafts")
			.with(user("PARTNER"))
			.with(csrf())
			.param("action", "save")
			.param("category", "family-support")
			.param("title", "每周陪伴独居老人")
			.param("skills", "care.visiting")
			.param("street", "changzheng-town")
			.param("when", "WEEKLY")
			.param("day", "TUESDAY")
			.param("weeks", "6")
			.param("firstDay", "2026-12-08")
			.param("start", "14:00")
			.param("end", "16:00")
			.param("peopleNeeded", "2")
			.param("avoidOwnOrganisation", "true")
			.exchange();
		assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/portal/drafts/" + DRAFT);
		@SuppressWarnings("unchecked")
		ArgumentCaptor<Map<String, Object>> body = ArgumentCaptor.forClass(Map.class);
		verify(this.registry).post(eq("/api/request-drafts"), body.capture(), eq(null));
		assertThat(body.getValue())
			.containsEntry("schedule",
					Map.of("day", "TUESDAY", "weeks", 6, "firstDay", "2026-12-08", "start", "14:00", "end", "16:00"))
			.containsEntry("requiredSkills", List.of(Map.of("code", "care.visiting", "minLevel", 1)))
			.containsEntry("place", Map.of("street", "changzheng-town"))
			.containsEntry("peopleNeeded", 2)
			.containsEntry("avoidOwnOrganisation", true)
			.containsEntry("sensitive", false);

		given(this.registry.put(eq("/api/request-drafts/{id}"), any(), eq("\"0\""), eq(DRAFT)))
			.willReturn(new Answer<>(Map.of("id", DRAFT.toString()), "\"1\""));
		given(this.registry.post("/api/request-drafts/{id}/submit", null, null, DRAFT))
			.willReturn(new Answer<>(Map.of("id", REQUEST.toString()), "\"0\""));
		MvcTestResult submitted = this.mvc.post()
			.uri("/portal/drafts")
			.with(user("PARTNER"))
			.with(csrf())
			.param("action", "submit")
			.param("draft", DRAFT.toString())
			.param("etag", "\"0\"")
			.param("category", "family-support")
			.param("title", "每周陪伴独居老人")
			.exchange();
		assertThat(submitted).hasStatus3xxRedirection().hasRedirectedUrl("/portal/requests/" + REQUEST);
	}

	@Test
	void keepsTheDraftAndWhatWasTypedWhenSubmittingIsRefused() {
		given(this.registry.post(eq("/api/request-drafts"), any(), eq(null)))
			.willReturn(new Answer<>(Map.of("id", DRAFT.toString()), "\"0\""));
		given(this.registry.post("/api/request-drafts/{id}/submit", null, null, DRAFT)).willThrow(new RegistryProblem(
				400, "invalid-input", "请检查输入", null, Map.of("place", "必填", "schedule.date", "必填"), Map.of()));
		MvcTestResult page = this.mvc.post()
			.uri("/portal/drafts")
			.with(user("PARTNER"))
			.with(csrf())
			.param("action", "submit")
			.param("title", "还没写完")
			.exchange();
		assertThat(page).hasStatusOk();
		assertThat(body(page)).contains("error-summary", "value=\"还没写完\"", "name=\"draft\" value=\"" + DRAFT + "\"",
				"href=\"#date\"");
	}

	@Test
	void showsTheTimelineAndOnlyTheDisplayNameOfWhoeverAccepted() {
		given(this.registry.get("/api/requests/{id}", REQUEST)).willReturn(new Answer<>(request("STAFFED"), "\"3\""));
		given(this.registry.list("/api/requests/{id}/invitations", REQUEST)).willReturn(List.of(
				Map.of("id", UUID.randomUUID().toString(), "person", UUID.randomUUID().toString(), "personName", "林晓",
						"status", "ACCEPTED"),
				Map.of("id", UUID.randomUUID().toString(), "person", UUID.randomUUID().toString(), "personName", "王拒绝",
						"status", "DECLINED", "reason", "那天出差")));
		MvcTestResult page = this.mvc.get().uri("/portal/requests/" + REQUEST).with(user("PARTNER")).exchange();
		assertThat(page).hasStatusOk();
		assertThat(body(page))
			.contains("id=\"timeline\"", "待受理", "已受理", "安排中", "已安排", "林晓", "请通过区计生协联系", "每周二，共 6 周，自 2026-12-08 起")
			.doesNotContain("王拒绝", "那天出差", "/people/");
	}

	@Test
	void asksBeforeCancellingAndSaysWhatHappens() {
		given(this.registry.get("/api/requests/{id}", REQUEST)).willReturn(new Answer<>(request("ACCEPTED"), "\"1\""));
		assertThat(this.mvc.get().uri("/portal/requests/" + REQUEST + "/cancel").with(user("PARTNER"))).hasStatusOk()
			.bodyText()
			.contains("取消后不能恢复", "id=\"reason\"", "确认取消");
		given(this.registry.post(eq("/api/requests/{id}/cancel"), any(), eq("\"1\""), eq(REQUEST)))
			.willReturn(new Answer<>(request("CANCELLED"), "\"2\""));
		assertThat(this.mvc.post()
			.uri("/portal/requests/" + REQUEST + "/cancel")
			.with(user("PARTNER"))
			.with(csrf())
			.param("etag", "\"1\"")
			.param("reason", "家庭已另行安排")).hasStatus3xxRedirection();
		verify(this.registry).post("/api/requests/{id}/cancel", Map.of("reason", "家庭已另行安排"), "\"1\"", REQUEST);
	}

	@Test
	void offersRatingOnceCompleted() {
		given(this.registry.get("/api/requests/{id}", REQUEST)).willReturn(new Answer<>(request("COMPLETED"), "\"5\""));
		given(this.registry.list("/api/requests/{id}/invitations", REQUEST))
			.willReturn(List.of(Map.of("id", UUID.randomUUID().toString(), "person",
					"00000000-0000-4000-8000-0000000000b1", "personName", "林晓", "status", "ACCEPTED")));
		assertThat(this.mvc.get().uri("/portal/requests/" + REQUEST).with(user("PARTNER"))).hasStatusOk()
			.bodyText()
			.contains("为林晓的服务评分", "name=\"stars\"")
			.doesNotContain("id=\"edit\"", "id=\"cancel\"");
	}

	private static Map<String, Object> request(String status) {
		List<Map<String, Object>> transitions = new java.util.ArrayList<>();
		List<String> path = List.of("SUBMITTED", "ACCEPTED", "STAFFING", "STAFFED", "IN_PROGRESS", "COMPLETED");
		for (String each : path) {
			transitions.add(Map.of("to", each, "at", "2026-12-01T02:00:00Z"));
			if (each.equals(status)) {
				break;
			}
		}
		if (status.equals("CANCELLED")) {
			transitions.add(Map.of("to", "CANCELLED", "at", "2026-12-01T03:00:00Z", "reason", "家庭已另行安排"));
		}
		return Map.ofEntries(Map.entry("id", REQUEST.toString()), Map.entry("status", status),
				Map.entry("title", "每周陪伴独居老人"), Map.entry("category", "family-support"),
				Map.entry("requiredSkills", List.of(Map.of("code", "care.visiting", "minLevel", 1))),
				Map.entry("place", Map.of("street", "changzheng-town")),
				Map.entry("schedule",
						Map.of("day", "TUESDAY", "weeks", 6, "firstDay", "2026-12-08", "start", "14:00:00", "end",
								"16:00:00")),
				Map.entry("peopleNeeded", 1), Map.entry("sensitive", false), Map.entry("avoidOwnOrganisation", true),
				Map.entry("transitions", transitions));
	}

	private static OidcLoginRequestPostProcessor user(String role) {
		return oidcLogin().idToken((token) -> token.claim("name", "周敏").claim("roles", List.of(role)))
			.authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_" + role));
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
