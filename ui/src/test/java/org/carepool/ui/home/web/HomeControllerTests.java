package org.carepool.ui.home.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carepool.ui.RunningIdentityInitializer;
import org.carepool.ui.registry.Answer;
import org.carepool.ui.registry.RegistryClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/**
 * Tests for {@link HomeController}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RunningIdentityInitializer.class)
class HomeControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	RegistryClient registry;

	@BeforeEach
	void queues() {
		Map<String, Object> counts = new LinkedHashMap<>();
		counts.put("applicantsToVet", 3);
		counts.put("certificationsToVerify", 5);
		counts.put("requestsToAccept", 2);
		counts.put("invitationsUnanswered", 1);
		counts.put("hoursToApprove", 4);
		counts.put("certificatesExpiring", 6);
		counts.put("requestsByStatus", Map.of("SUBMITTED", 2, "STAFFING", 1));
		given(this.registry.get("/api/queues")).willReturn(new Answer<>(counts, null));
		given(this.registry.get("/api/queues/figures"))
			.willReturn(new Answer<>(
					Map.of("activePeople",
							List.of(Map.of("street", "changzheng-town", "area", "psychology", "people", 4),
									Map.of("street", "changzheng-town", "area", "law", "people", 2)),
							"hoursByMonth",
							List.of(Map.of("month", "2026-11", "hours", 12.5), Map.of("month", "2026-12", "hours", 0))),
					null));
	}

	@Test
	void chartsActivePeopleByStreetAndAreaAndHoursByMonthWithTheFiguresAsTables() {
		given(this.registry.list("/api/taxonomy/streets"))
			.willReturn(List.of(Map.of("code", "changzheng-town", "nameZh", "长征镇", "nameEn", "Changzheng Town")));

		assertThat(this.mvc.get().uri("/").with(streetCoordinator())).hasStatusOk()
			.bodyText()
			.contains("各街镇在册人员（按技能领域）", "data-chart=\"stacked\"", "data-labels=\"[&quot;长征镇&quot;]\"",
					"{&quot;name&quot;:&quot;心理服务&quot;", "<td>心理服务</td>", "<td>4</td>", "近 12 个月的服务时长",
					"<td>2026年11月</td>", "<td>12.5</td>", "<td>2026年12月</td>");
		assertThat(this.mvc.get().uri("/").param("lang", "en").with(streetCoordinator())).bodyText()
			.contains("Active people by street and skill area", "<td>Nov 2026</td>", "Changzheng Town");
	}

	@Test
	void showsACoordinatorTheDaysQueuesWithCounts() {
		assertThat(this.mvc.get().uri("/").with(streetCoordinator())).hasStatusOk()
			.bodyText()
			.contains("今天的工作", "待审核的申请人", ">3<", "待核验的证书", ">5<", "48 小时未回复的邀请", "待确认的服务时长", ">4<", "30 天内到期的证书", ">6<",
					"data-chart=\"bar\"", "/webjars/echarts/5.3.1/dist/echarts.min.js");
	}

	@Test
	void showsTheSupplyDemandGapByStreetWithUncoveredNeedsNamed() {
		given(this.registry.list("/api/taxonomy/streets"))
			.willReturn(List.of(Map.of("code", "changzheng-town", "nameZh", "长征镇", "nameEn", "Changzheng Town")));
		given(this.registry.list("/api/taxonomy/skills"))
			.willReturn(List.of(Map.of("code", "psy.grief", "nameZh", "哀伤辅导", "nameEn", "Grief counselling"),
					Map.of("code", "law.family", "nameZh", "婚姻家庭法律咨询", "nameEn", "Family law advice")));
		given(this.registry.list("/api/queues/gaps")).willReturn(List.of(
				Map.of("street", "changzheng-town", "skill", "law.family", "minLevel", 4, "openRequests", 2,
						"peopleNeeded", 3, "peopleAvailable", 0, "uncovered", true),
				Map.of("street", "changzheng-town", "skill", "psy.grief", "minLevel", 3, "openRequests", 1,
						"peopleNeeded", 1, "peopleAvailable", 6, "uncovered", false)));

		assertThat(this.mvc.get().uri("/").with(streetCoordinator())).hasStatusOk()
			.bodyText()
			.contains("供需缺口（按街镇）", "1 项需求无人可派", "长征镇", "婚姻家庭法律咨询（4 级及以上）", "哀伤辅导（3 级及以上）", "无人可派",
					"class=\"uncovered\"")
			.doesNotContain("law.family", "changzheng-town");
		assertThat(this.mvc.get().uri("/").param("lang", "en").with(streetCoordinator())).bodyText()
			.contains("Supply and demand by street", "Needs nobody can cover: 1.",
					"Family law advice (level 4 or above)", "Nobody");
	}

	@Test
	void keepsTheQueuesWhenTheGapCannotBeRead() {
		given(this.registry.list("/api/queues/gaps"))
			.willThrow(new org.springframework.web.client.ResourceAccessException("registry down"));

		assertThat(this.mvc.get().uri("/").with(streetCoordinator())).hasStatusOk()
			.bodyText()
			.contains("今天的工作", "待核验的证书", "供需缺口暂时无法读取");
	}

	@Test
	void showsTheMenuOfWhatTheRoleMayDo() {
		assertThat(this.mvc.get().uri("/").with(streetCoordinator())).bodyText()
			.contains("href=\"/people\"", "href=\"/queues\"", "href=\"/requests\"");
		assertThat(this.mvc.get()
			.uri("/")
			.with(oidcLogin().idToken((token) -> token.claim("name", "王强").claim("roles", List.of("VOLUNTEER")))))
			.bodyText()
			.doesNotContain("href=\"/people\"", "href=\"/queues\"", "href=\"/requests\"", "今天的工作");
	}

	@Test
	void greetsThePersonWithTheirRolesInChinese() {
		assertThat(this.mvc.get().uri("/").with(streetCoordinator())).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"zh-CN\"", "您好，李华", "您的角色", "街镇计生协协调员", "STREET_COORDINATOR", "退出登录",
					">English</a>");
	}

	@Test
	void greetsThePersonInEnglishWhenAsked() {
		assertThat(this.mvc.get().uri("/").param("lang", "en").with(streetCoordinator())).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"en\"", "Welcome, 李华", "Your roles", "Street coordinator", "STREET_COORDINATOR",
					"Sign out", ">中文</a>")
			.doesNotContain("您的角色");
	}

	@Test
	void keepsAChineseQueryAsItCameInTheLanguageSwitch() {
		assertThat(this.mvc.get()
			.uri(java.net.URI.create("/?q=%E4%B8%9C%E6%96%B9&street=changzheng-town"))
			.with(streetCoordinator())).hasStatusOk()
			.bodyText()
			.contains("href=\"/?q=%E4%B8%9C%E6%96%B9&amp;street=changzheng-town&amp;lang=en\"")
			.doesNotContain("%25E4");
	}

	@Test
	void saysSoWhenThePersonHasNoRoles() {
		assertThat(this.mvc.get()
			.uri("/")
			.with(oidcLogin().idToken((token) -> token.claim("name", "张丽").claim("roles", List.of())))).hasStatusOk()
			.bodyText()
			.contains("您好，张丽", "尚未分配角色");
	}

	private static OidcLoginRequestPostProcessor streetCoordinator() {
		return oidcLogin().idToken((token) -> token.claim("name", "李华")
			.claim("preferred_username", "street-coordinator")
			.claim("roles", List.of("STREET_COORDINATOR")));
	}

}
