package org.carepool.ui.self.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carepool.ui.RunningIdentityInitializer;
import org.carepool.ui.frame.TimeFormat;
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
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/**
 * Tests for {@link ProfileController}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RunningIdentityInitializer.class)
class ProfileControllerTests {

	private static final String CERTIFICATE = "00000000-0000-4000-8000-0000000000c1";

	private static final String CONSENT = "00000000-0000-4000-8000-0000000000d1";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	RegistryClient registry;

	private Map<String, Object> me;

	@BeforeEach
	void aVolunteer() {
		this.me = new LinkedHashMap<>();
		this.me.put("id", "00000000-0000-4000-8000-0000000000e1");
		this.me.put("status", "ACTIVE");
		this.me.put("types", List.of("VOLUNTEER"));
		this.me.put("name", "张丽");
		this.me.put("phone", "139****5678");
		this.me.put("bio", "退休教师。");
		this.me.put("homeStreet", "changzheng-town");
		this.me.put("homeLocation", Map.of("latitude", 31.24, "longitude", 121.38));
		this.me.put("servedStreets", List.of("changzheng-town"));
		this.me.put("languages", List.of(Map.of("code", "zh-wuu", "level", 5)));
		this.me.put("skills", List.of(Map.of("code", "care.visiting", "level", 3, "years", 4)));
		// Monday 09:00–10:30, and Tuesday 02:00–03:00 outside the hours the grid shows.
		this.me.put("availability",
				List.of(Map.of("start", 540, "end", 630), Map.of("start", 1440 + 120, "end", 1440 + 180)));
		this.me.put("blackouts", List.of(Map.of("from", "2027-02-01", "to", "2027-02-07")));
		this.me.put("monthlyCapacityHours", 12);
		this.me.put("agreementSignedOn", "2026-01-01");
		this.me.put("agreementValidUntil", LocalDate.now(TimeFormat.SHANGHAI).plusDays(30).toString());
		this.me.put("certifications", List.of(Map.of("id", CERTIFICATE, "type", "social-worker", "number",
				"2011****3456", "issuer", "民政局", "issuedOn", "2015-06-01", "state", "VERIFIED")));
		this.me.put("consents", List.of(Map.of("id", CONSENT, "noticeVersion", "2026-01", "purposes",
				List.of("registry", "matching", "contact"), "givenAt", "2026-01-01T02:00:00Z")));
		given(this.registry.get("/api/people/me")).willAnswer((invocation) -> new Answer<>(this.me, "\"4\""));
		given(this.registry.get("/api/people/me/contact"))
			.willReturn(new Answer<>(Map.of("phone", "13912345678", "email", "zhangli@example.cn"), null));
	}

	@Test
	void showsTheProfileWithTheAgreementToRenewAndAnEditedCertificateBackInReview() {
		assertThat(page("/profile"))
			.contains("张丽", "139****5678", "退休教师。", "09:00–10:30", "2027-02-01", "已核验", "隐私告知 2026-01 版", "登记在人才库",
					"匹配服务", "联系我", "请联系协调员续签")
			.doesNotContain("13912345678", "等待协调员核验");

		this.me.put("certifications",
				List.of(Map.of("id", CERTIFICATE, "type", "social-worker", "state", "UNVERIFIED")));
		assertThat(page("/profile")).contains("1 份证书等待协调员核验", "待核验");
	}

	@Test
	void aVerifiedCertificateChangedGoesBackToReviewAndThePageSaysSo() {
		assertThat(page("/profile/certificates/" + CERTIFICATE)).contains("保存修改后它会退回“待核验”", "2011****3456")
			.doesNotContain("value=\"2011****3456\"");

		assertThat(this.mvc.post()
			.uri("/profile/certificates/" + CERTIFICATE)
			.param("type", "social-worker")
			.param("number", "201103000012")
			.param("issuedOn", "2016-01-01")
			.with(volunteer())
			.with(csrf())).hasStatus3xxRedirection()
			.hasRedirectedUrl("/profile#certificates")
			.flash()
			.containsEntry("done", "self.certificate.done.backToReview");
		then(this.registry).should()
			.put("/api/people/me/certifications/{id}",
					Map.of("type", "social-worker", "number", "201103000012", "issuedOn", "2016-01-01"), null,
					java.util.UUID.fromString(CERTIFICATE));
	}

	@Test
	void theGridShowsHalfHoursAsCheckboxesThatWorkWithoutScript() {
		String page = page("/profile/availability");
		assertThat(page).contains("id=\"cell-0-18\" aria-label=\"星期一 09:00–09:30\" checked",
				"id=\"cell-0-20\" aria-label=\"星期一 10:00–10:30\" checked", "aria-label=\"星期一 09:00–09:30\"",
				"type=\"hidden\" name=\"cell\" value=\"1-4\"", "value=\"2027-02-07\"", "已选 5 个半小时");
		assertThat(page).doesNotContain("id=\"cell-0-21\" aria-label=\"星期一 10:30–11:00\" checked");
		assertThat(page.split("type=\"checkbox\" name=\"cell\"", -1)).hasSize(7 * 32 + 1);
	}

	@Test
	void theTickedCellsGoBackAsSlotsWithEverythingElseAndTheVersionShown() {
		assertThat(this.mvc.post()
			.uri("/profile/availability")
			.param("cell", "5-18", "5-19", "5-20", "5-21", "1-4", "1-5")
			.param("blackoutFrom", "2027-05-01", "")
			.param("blackoutTo", "2027-05-03", "")
			.param("etag", "\"4\"")
			.with(volunteer())
			.with(csrf())).hasStatus3xxRedirection().hasRedirectedUrl("/profile#availability");
		ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
		then(this.registry).should().put(eq("/api/people/me"), body.capture(), eq("\"4\""));
		@SuppressWarnings("unchecked")
		Map<String, Object> sent = (Map<String, Object>) body.getValue();
		assertThat(sent.get("availability")).isEqualTo(List.of(Map.of("start", 1440 + 120, "end", 1440 + 180),
				Map.of("start", 5 * 1440 + 540, "end", 5 * 1440 + 660)));
		assertThat(sent.get("blackouts")).isEqualTo(List.of(Map.of("from", "2027-05-01", "to", "2027-05-03")));
		// What the page did not change goes back as it is, the contact details in full.
		assertThat(sent).containsEntry("phone", "13912345678")
			.containsEntry("email", "zhangli@example.cn")
			.containsEntry("skills", this.me.get("skills"))
			.containsEntry("homeLocation", this.me.get("homeLocation"))
			.containsEntry("monthlyCapacityHours", 12)
			.doesNotContainKeys("status", "types", "certifications", "agreementValidUntil");
	}

	@Test
	void whatTheRegistryRefusesIsShownBesideTheFieldWithWhatWasTyped() throws Exception {
		given(this.registry.put(eq("/api/people/me"), any(), eq("\"4\""))).willThrow(new RegistryProblem(400,
				"invalid-input", "请检查填写的内容", null, Map.of("monthlyCapacityHours", "不能大于 400"), Map.of()));
		String page = this.mvc.post()
			.uri("/profile/edit")
			.param("name", "张丽")
			.param("phone", "13912345678")
			.param("bio", "新的简介")
			.param("languageCode", "zh-wuu", "")
			.param("languageLevel", "5", "3")
			.param("monthlyCapacityHours", "900")
			.param("etag", "\"4\"")
			.with(volunteer())
			.with(csrf())
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("请检查填写的内容", "href=\"#monthlyCapacityHours\"", "不能大于 400", "value=\"900\"", "新的简介");

		given(this.registry.put(eq("/api/people/me"), any(), eq("\"3\"")))
			.willThrow(new RegistryProblem(412, "stale-version", "资料已被修改", null, Map.of(), Map.of()));
		assertThat(this.mvc.post()
			.uri("/profile/edit")
			.param("name", "张丽")
			.param("etag", "\"3\"")
			.with(volunteer())
			.with(csrf())).hasStatusOk().bodyText().contains("资料在别处已被修改");
	}

	@Test
	void withdrawingConsentExplainsTheConsequenceBeforeItIsConfirmed() {
		assertThat(page("/profile/consents/" + CONSENT + "/withdraw")).contains("撤回同意前，请确认", "不再出现在协调员的查找和推荐中",
				"确认撤回同意", "不撤回，返回");
		then(this.registry).should(never()).post(any(), any(), any(), any());

		assertThat(this.mvc.post().uri("/profile/consents/" + CONSENT + "/withdraw").with(volunteer()).with(csrf()))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/profile#consent");
		then(this.registry).should()
			.post(eq("/api/people/me/consents/{id}/withdraw"), isNull(), isNull(),
					eq(java.util.UUID.fromString(CONSENT)));
	}

	@Test
	void anAccountNotLinkedToAPersonIsToldWhatToDo() {
		given(this.registry.get("/api/people/me"))
			.willThrow(new RegistryProblem(404, "no-linked-person", "No person", null, Map.of(), Map.of()));
		assertThat(this.mvc.get().uri("/profile").with(volunteer())).hasStatusOk()
			.bodyText()
			.contains("您的账号还没有关联到人才库里的资料");
	}

	@Test
	void theMenuOffersMyWorkAndMyProfileToExpertsAndVolunteersOnly() {
		assertThat(page("/profile")).contains("href=\"/work\"", "href=\"/profile\"").doesNotContain("href=\"/people\"");
		assertThat(this.mvc.get()
			.uri("/profile/certificates/new")
			.with(oidcLogin().idToken((token) -> token.claim("name", "陈静").claim("roles", List.of("COORDINATOR")))))
			.hasStatusOk()
			.bodyText()
			.contains("href=\"/people\"")
			.doesNotContain("href=\"/work\"", "href=\"/profile\"");
	}

	private String page(String uri) {
		try {
			return this.mvc.get()
				.uri(uri)
				.with(volunteer())
				.exchange()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static OidcLoginRequestPostProcessor volunteer() {
		return oidcLogin().idToken((token) -> token.claim("name", "张丽").claim("roles", List.of("VOLUNTEER")));
	}

}
