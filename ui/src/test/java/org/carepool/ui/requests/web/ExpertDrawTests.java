package org.carepool.ui.requests.web;

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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/**
 * Tests for the expert draw mode of the staffing page ({@link RequestsController}).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RunningIdentityInitializer.class)
class ExpertDrawTests {

	private static final UUID REQUEST = UUID.fromString("00000000-0000-4000-8000-0000000000a1");

	private static final UUID DRAW = UUID.fromString("00000000-0000-4000-8000-0000000000d1");

	private static final String DECLINED = "00000000-0000-4000-8000-0000000000b1";

	private static final String ACCEPTED = "00000000-0000-4000-8000-0000000000b2";

	private static final String REPLACEMENT = "00000000-0000-4000-8000-0000000000b3";

	private static final String NOT_DRAWN = "00000000-0000-4000-8000-0000000000b4";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	RegistryClient registry;

	@BeforeEach
	void staffingRequest() {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("id", REQUEST.toString());
		request.put("title", "家庭教育讲座");
		request.put("status", "STAFFING");
		request.put("category", "lecture");
		request.put("requiredSkills", List.of(Map.of("code", "psy.grief", "minLevel", 3)));
		request.put("preferredSkills", List.of("law.family"));
		request.put("place", Map.of("street", "changzheng-town"));
		request.put("schedule", Map.of("date", "2027-03-13", "start", "09:30:00", "end", "11:30:00"));
		request.put("peopleNeeded", 2);
		request.put("sensitive", false);
		given(this.registry.get("/api/requests/{id}", REQUEST)).willReturn(new Answer<>(request, "\"3\""));
		given(this.registry.list("/api/taxonomy/skills"))
			.willReturn(List.of(Map.of("code", "psy.grief", "nameZh", "哀伤辅导", "nameEn", "Grief counselling"),
					Map.of("code", "law.family", "nameZh", "婚姻家庭法", "nameEn", "Family law")));
		given(this.registry.list("/api/requests/{id}/invitations", REQUEST))
			.willReturn(List.of(invitation(DECLINED, "欧阳静怡", "DECLINED"), invitation(ACCEPTED, "司马雨桐", "ACCEPTED"),
					invitation(REPLACEMENT, "诸葛明", "INVITED")));
	}

	@Test
	void offersADrawByTheRequestsSpecialtiesWhenNoneWasMadeYet() {
		given(this.registry.list("/api/requests/{id}/draws", REQUEST)).willReturn(List.of());

		assertThat(this.mvc.get().uri("/requests/" + REQUEST + "/staffing?mode=draw").with(coordinator())).hasStatusOk()
			.bodyText()
			.contains("还没有为此请求抽取过专家。", "<label for=\"quota-0\">抽取人数：哀伤辅导</label>", "name=\"quota.psy.grief\"",
					"name=\"quota.law.family\"", "id=\"rotationDays\"", "id=\"seed\"", "抽取并邀请")
			.contains("id=\"mode-draw\"", "aria-current=\"page\"")
			// The ranked matches are not asked for in draw mode.
			.doesNotContain("推荐人选");
		verify(this.registry, never()).get(eq("/api/requests/{id}/matches?limit=10"), any(Object[].class));
	}

	@Test
	void showsTheSeedThePoolsAndThePicksAndOffersARedrawForTheDeclinerOnly() {
		given(this.registry.list("/api/requests/{id}/draws", REQUEST)).willReturn(List.of(draw(false), draw(false)));

		String page = page("/requests/" + REQUEST + "/staffing?mode=draw");

		assertThat(page)
			.contains("本次抽取", "id=\"draw-seed\">-7140563241829937921<", "哀伤辅导 × 2", "（3 人）", NOT_DRAWN, "欧阳静怡", "司马雨桐",
					"此前还有 1 次抽取。", "复核：按种子重放")
			.contains("为欧阳静怡补抽")
			.doesNotContain("为司马雨桐补抽");
	}

	@Test
	void showsTheReplacementAndNoSecondRedrawForTheOneReplaced() {
		given(this.registry.list("/api/requests/{id}/draws", REQUEST)).willReturn(List.of(draw(true)));

		String page = page("/requests/" + REQUEST + "/staffing?mode=draw");

		assertThat(page).contains("诸葛明", "第 1 次补抽", "替换 欧阳静怡").doesNotContain("补抽</button>");
	}

	@Test
	void drawsWithTheQuotasTypedAndLeavesOutTheSpecialtiesNotWanted() {
		ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
		given(this.registry.post(eq("/api/requests/{id}/draws"), body.capture(), isNull(), eq(REQUEST)))
			.willReturn(new Answer<>(draw(false), null));

		assertThat(this.mvc.post()
			.uri("/requests/" + REQUEST + "/draws")
			.with(coordinator())
			.with(csrf())
			.param("quota.psy.grief", "2")
			.param("quota.law.family", "0")
			.param("rotationDays", "90")
			.param("seed", "")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/requests/" + REQUEST + "/staffing?mode=draw")
			.flash()
			.containsEntry("done", "requests.done.draw");
		assertThat(body.getValue()).isEqualTo(Map.of("quotas", Map.of("psy.grief", "2"), "rotationDays", "90"));
	}

	@Test
	void saysWhyADrawIsRefusedAndKeepsWhatWasTyped() {
		given(this.registry.post(eq("/api/requests/{id}/draws"), any(), isNull(), eq(REQUEST)))
			.willThrow(new RegistryProblem(409, "draw-pool-too-small", "候选人不足", "哀伤辅导 只有 1 位符合条件的专家，少于定额 3。", Map.of(),
					Map.of("specialty", "psy.grief")));

		MvcTestResult refused = this.mvc.post()
			.uri("/requests/" + REQUEST + "/draws")
			.with(coordinator())
			.with(csrf())
			.param("quota.psy.grief", "3")
			.param("seed", "42")
			.exchange();

		assertThat(refused).hasStatus3xxRedirection().flash().containsKeys("actionProblem", "drawForm");
	}

	@Test
	void redrawsForTheDecliner() {
		given(this.registry.post(eq("/api/requests/{id}/draws/{draw}/redraw"), any(), isNull(), eq(REQUEST), eq(DRAW)))
			.willReturn(new Answer<>(draw(true), null));

		assertThat(this.mvc.post()
			.uri("/requests/" + REQUEST + "/draws/" + DRAW + "/redraw")
			.with(coordinator())
			.with(csrf())
			.param("person", DECLINED)).hasStatus3xxRedirection().flash().containsEntry("done", "requests.done.redraw");
		verify(this.registry).post(eq("/api/requests/{id}/draws/{draw}/redraw"),
				eq(Map.of("person", UUID.fromString(DECLINED))), isNull(), eq(REQUEST), eq(DRAW));
	}

	@Test
	void saysWhetherTheReplayDrawsThePeopleRecorded() {
		given(this.registry.post(eq("/api/requests/{id}/draws/{draw}/replay"), isNull(), isNull(), eq(REQUEST),
				eq(DRAW)))
			.willReturn(new Answer<>(Map.of("draw", DRAW.toString(), "seed", -7140563241829937921L, "matches", true,
					"recorded", List.of(DECLINED, ACCEPTED), "replayed", List.of(DECLINED, ACCEPTED)), null));

		assertThat(replay()).hasStatus3xxRedirection()
			.flash()
			.containsEntry("replay", Map.of("matches", true, "seed", "-7140563241829937921", "recorded",
					List.of("欧阳静怡", "司马雨桐"), "replayed", List.of("欧阳静怡", "司马雨桐")));
	}

	@Test
	void showsARecordTheReplayDoesNotReproduceBesideTheReplay() throws Exception {
		given(this.registry.post(eq("/api/requests/{id}/draws/{draw}/replay"), isNull(), isNull(), eq(REQUEST),
				eq(DRAW)))
			.willReturn(new Answer<>(Map.of("draw", DRAW.toString(), "seed", 1L, "matches", false, "recorded",
					List.of(DECLINED), "replayed", List.of(REPLACEMENT)), null));
		given(this.registry.list("/api/requests/{id}/draws", REQUEST)).willReturn(List.of(draw(false)));
		MvcTestResult replayed = replay();

		// After the redirect, in the same session, the answer is shown once.
		jakarta.servlet.http.Cookie session = replayed.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		assertThat(
				this.mvc.get().uri("/requests/" + REQUEST + "/staffing?mode=draw").with(coordinator()).cookie(session))
			.bodyText()
			.contains("复核不一致", "<td>欧阳静怡</td>", "<td>诸葛明</td>");
	}

	private MvcTestResult replay() {
		return this.mvc.post()
			.uri("/requests/" + REQUEST + "/draws/" + DRAW + "/replay")
			.with(coordinator())
			.with(csrf())
			.exchange();
	}

	private String page(String uri) {
		try {
			return this.mvc.get()
				.uri(uri)
				.with(coordinator())
				.exchange()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, Object> draw(boolean redrawn) {
		Map<String, Object> draw = new LinkedHashMap<>();
		draw.put("id", DRAW.toString());
		draw.put("request", REQUEST.toString());
		draw.put("seed", -7140563241829937921L);
		draw.put("quotas", Map.of("psy.grief", 2));
		draw.put("rotationDays", null);
		draw.put("conflicts", List.of());
		draw.put("pools", Map.of("psy.grief", List.of(DECLINED, ACCEPTED, NOT_DRAWN)));
		List<Map<String, Object>> picks = new java.util.ArrayList<>(
				List.of(pick(0, 0, DECLINED, null), pick(1, 0, ACCEPTED, null)));
		if (redrawn) {
			picks.add(pick(2, 1, REPLACEMENT, DECLINED));
		}
		draw.put("picks", picks);
		draw.put("drawnBy", "coordinator");
		draw.put("drawnAt", "2027-03-01T01:30:00Z");
		return draw;
	}

	private static Map<String, Object> pick(int position, int round, String person, String replaces) {
		Map<String, Object> pick = new LinkedHashMap<>();
		pick.put("position", position);
		pick.put("round", round);
		pick.put("specialty", "psy.grief");
		pick.put("person", person);
		pick.put("replaces", replaces);
		return pick;
	}

	private static Map<String, Object> invitation(String person, String name, String status) {
		return Map.of("id", UUID.randomUUID().toString(), "person", person, "personName", name, "status", status);
	}

	private static OidcLoginRequestPostProcessor coordinator() {
		return oidcLogin().idToken((token) -> token.claim("name", "陈静").claim("roles", List.of("COORDINATOR")));
	}

}
