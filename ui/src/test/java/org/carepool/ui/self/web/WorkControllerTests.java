package org.carepool.ui.self.web;

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
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/**
 * Tests for {@link WorkController}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RunningIdentityInitializer.class)
class WorkControllerTests {

	private static final UUID SPECIAL = UUID.fromString("00000000-0000-4000-8000-0000000000a1");

	private static final UUID DONE = UUID.fromString("00000000-0000-4000-8000-0000000000a2");

	private static final UUID DONE_REQUEST = UUID.fromString("00000000-0000-4000-8000-0000000000b2");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	RegistryClient registry;

	private final Map<String, Object> special = new LinkedHashMap<>();

	private final Map<String, Object> specialInvitation = new LinkedHashMap<>();

	@BeforeEach
	void invitations() {
		this.specialInvitation
			.putAll(Map.of("id", SPECIAL.toString(), "status", "INVITED", "invitedAt", "2027-03-01T02:00:00Z"));
		this.special.put("id", "00000000-0000-4000-8000-0000000000b1");
		this.special.put("status", "STAFFING");
		this.special.put("category", "family-support");
		this.special.put("title", "失独老人哀伤陪伴");
		this.special.put("street", "changzheng-town");
		this.special.put("schedule", Map.of("day", "SATURDAY", "weeks", 6, "firstDay", "2027-03-13", "start",
				"09:30:00", "end", "11:30:00"));
		this.special.put("durationMinutes", 120);
		this.special.put("peopleNeeded", 1);
		this.special.put("requiredSkills", List.of(Map.of("code", "psy.grief", "minLevel", 3)));
		this.special.put("sensitive", true);
		Map<String, Object> done = new LinkedHashMap<>(Map.of("id", DONE_REQUEST.toString(), "status", "COMPLETED",
				"category", "health", "title", "健康讲座", "street", "taopu-town", "schedule",
				Map.of("date", "2027-02-20", "start", "14:00:00", "end", "15:00:00"), "durationMinutes", 60,
				"peopleNeeded", 1, "sensitive", false, "description", "社区活动室"));
		given(this.registry.list("/api/people/me/invitations"))
			.willAnswer((invocation) -> List.of(this.specialInvitation,
					Map.of("id", DONE.toString(), "status", "ACCEPTED", "invitedAt", "2027-02-01T02:00:00Z")));
		given(this.registry.get("/api/people/me/invitations/{id}/request", SPECIAL.toString()))
			.willAnswer((invocation) -> new Answer<>(this.special, null));
		given(this.registry.get("/api/people/me/invitations/{id}/request", DONE.toString()))
			.willReturn(new Answer<>(done, null));
		given(this.registry.get("/api/people/me/record")).willReturn(new Answer<>(Map.of("hoursThisMonth", 2.0,
				"hoursThisYear", 12.5, "totalHours", 40.0, "hoursAwaitingApproval", 0, "completedByCategory",
				Map.of("health", 3), "averageRating", 4.5, "ratings", List.of(Map.of("stars", 5, "comment", "讲得很清楚",
						"ratedAt", "2027-02-21T02:00:00Z", "category", "health"))),
				null));
	}

	@Test
	void beforeAcceptingASpecialFamilyShowsTheKindOfHelpStreetTimeAndThatItIsSpecialOnly() {
		String page = page("/work/invitations/" + SPECIAL);
		assertThat(page)
			.contains("失独老人哀伤陪伴", "changzheng-town", "每周六", "共 6 周", "09:30–11:30", "特殊家庭", "接受邀请后才会显示家庭编号和见面安排",
					"接受邀请", "谢绝的原因")
			.doesNotContain("家庭编号</dt>", "见面安排</dt>");

		this.specialInvitation.put("status", "ACCEPTED");
		this.special.put("familyReference", "FAM-2026-0042");
		this.special.put("description", "周六上午在居委会门口会合。");
		this.special.put("status", "STAFFED");
		assertThat(page("/work/invitations/" + SPECIAL))
			.contains("FAM-2026-0042", "周六上午在居委会门口会合。", "见面安排", "请勿转告他人", "添加到手机日历")
			.doesNotContain("谢绝的原因");
	}

	@Test
	void theWorkPageListsInvitationsUpcomingWorkHoursToReportAndMyRecord() {
		String page = page("/work");
		assertThat(page)
			.contains("待回复的邀请（1）", "特殊家庭", "待报告服务时长", "健康讲座", "报告时长", "12.5", "40.0", "平均 4.5 星（共 1 条）", "讲得很清楚")
			.doesNotContain("FAM-");
	}

	@Test
	void decliningNeedsAReasonAndTheRegistrysAnswerIsShownBesideIt() {
		given(this.registry.post(eq("/api/people/me/invitations/{id}/decline"), eq(Map.of("reason", "")), any(),
				eq(SPECIAL)))
			.willThrow(
					new RegistryProblem(400, "invalid-input", "请检查填写的内容", null, Map.of("reason", "请填写原因"), Map.of()));
		assertThat(this.mvc.post().uri("/work/invitations/" + SPECIAL + "/decline").with(expert()).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("请填写原因", "href=\"#reason\"");

		assertThat(this.mvc.post()
			.uri("/work/invitations/" + SPECIAL + "/decline")
			.param("reason", "那天要照顾孙子")
			.with(expert())
			.with(csrf())).hasStatus3xxRedirection().hasRedirectedUrl("/work");
		then(this.registry).should()
			.post("/api/people/me/invitations/{id}/decline", Map.of("reason", "那天要照顾孙子"), null, SPECIAL);
	}

	@Test
	void hoursAreReportedForACompletedAssignment() {
		assertThat(page("/work/invitations/" + DONE)).contains("报告服务时长", "社区活动室");
		assertThat(this.mvc.post()
			.uri("/work/invitations/" + DONE + "/hours")
			.param("hours", "1.5")
			.param("servedOn", "2027-02-20")
			.with(expert())
			.with(csrf())).hasStatus3xxRedirection().hasRedirectedUrl("/work#record");
		then(this.registry).should()
			.post("/api/people/me/invitations/{id}/hours",
					Map.of("hours", new java.math.BigDecimal("1.5"), "servedOn", "2027-02-20"), null, DONE);
	}

	@Test
	void theCalendarFileHoldsTheUpcomingAssignmentsOnly() throws Exception {
		this.specialInvitation.put("status", "ACCEPTED");
		this.special.put("status", "STAFFED");
		this.special.put("familyReference", "FAM-2026-0042");
		var result = this.mvc.get().uri("/work/calendar.ics").with(expert()).exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/calendar");
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment", ".ics");
		String ics = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(ics)
			.contains("BEGIN:VEVENT", "DTSTART:20270313T013000Z", "RRULE:FREQ=WEEKLY;COUNT=6", "FAM-2026-0042",
					"UID:" + SPECIAL + "@carepool")
			.doesNotContain("健康讲座");
	}

	private String page(String uri) {
		try {
			return this.mvc.get()
				.uri(uri)
				.with(expert())
				.exchange()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static OidcLoginRequestPostProcessor expert() {
		return oidcLogin().idToken((token) -> token.claim("name", "王晓明").claim("roles", List.of("EXPERT")));
	}

}
