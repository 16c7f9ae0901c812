package org.carepool.registry.recruitment;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.carepool.registry.RegistryTest;
import org.carepool.registry.access.Callers;
import org.carepool.registry.notification.LoggedNotifications;
import org.carepool.registry.notification.Notifications;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Recruitment} and {@link AccountLinks} through their endpoints: anyone
 * may apply, an application becomes an applicant and nothing else, it is limited per
 * address, and a vetted applicant links their account with a single-use code.
 */
@RegistryTest
class RecruitmentTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Notifications notifications;

	@Test
	void servesTheCurrentTermsWithoutSignIn() {
		MvcTestResult terms = this.mvc.get().uri("/public/recruitment/terms").exchange();
		assertThat(terms).hasStatusOk();
		assertThat(body(terms)).contains("\"version\":\"2026-12\"", "隐私告知书", "privacy notice", "志愿服务协议",
				"\"purposes\":[\"registry\",\"matching\",\"contact\",\"publicity\"]");
	}

	@Test
	void makesAnApplicantWithTheConsentsAndAgreementAndSaysWhatHappensNext() {
		String email = unique() + "@example.com";
		MvcTestResult result = apply(application("林晓", email, "[\"registry\", \"contact\"]", true), address());
		assertThat(result).hasStatus(202);
		Map<String, Object> person = this.jdbc.queryForMap(
				"select p.id, p.status, p.account_subject, p.agreement_signed_on from person p where p.name = '林晓' "
						+ "and p.id in (select person_id from recruitment_application) order by p.created_at desc limit 1");
		assertThat(person.get("status")).isEqualTo("APPLICANT");
		assertThat(person.get("account_subject")).isNull();
		UUID id = (UUID) person.get("id");
		assertThat(this.jdbc.queryForList("select type from person_type where person_id = ?", String.class, id))
			.containsExactly("VOLUNTEER");
		Map<String, Object> signed = this.jdbc
			.queryForMap("select notice_version, agreement_version, agreement_signed_at from recruitment_application "
					+ "where person_id = ?", id);
		assertThat(signed.get("notice_version")).isEqualTo("2026-12");
		assertThat(signed.get("agreement_version")).isEqualTo("2026-12");
		assertThat(signed.get("agreement_signed_at")).isNotNull();
		assertThat(this.jdbc.queryForList("select notice_version || ':' || purposes from consent where person_id = ?",
				String.class, id))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.startsWith("2026-12:")
			.contains("registry", "contact")
			.doesNotContain("matching", "publicity");
		assertThat(sentTo(email)).anySatisfy((sent) -> assertThat(sent.message().text()).contains("5 个工作日", "验证码"));
	}

	@Test
	void createsNothingButAnApplicantWhateverTheBodyClaims() {
		// The application has no field for these; whatever a body claims, the result is
		// an
		// applicant volunteer without an account, training or contract.
		for (String extra : List.of("\"status\": \"ACTIVE\"", "\"accountSubject\": \"attacker\"",
				"\"roles\": [\"ADMIN\"]", "\"types\": [\"EXPERT\", \"INSTRUCTOR\"]",
				"\"trainedForSpecialFamilies\": true", "\"agreementValidUntil\": \"2030-01-01\"",
				"\"organisation\": \"00000000-0000-4000-8000-0000000000f1\"")) {
			String email = unique() + "@example.com";
			String body = application("冒充者", email, "[\"registry\"]", true).replaceFirst("\\{", "{" + extra + ", ");
			assertThat(apply(body, address())).as(extra).hasStatus(202);
			UUID id = lastApplicant();
			Map<String, Object> person = this.jdbc.queryForMap(
					"select status, account_subject, "
							+ "trained_for_special_families, agreement_valid_until, employer from person where id = ?",
					id);
			assertThat(person).as(extra)
				.containsEntry("status", "APPLICANT")
				.containsEntry("account_subject", null)
				.containsEntry("trained_for_special_families", false)
				.containsEntry("agreement_valid_until", null)
				.containsEntry("employer", null);
			assertThat(this.jdbc.queryForList("select type from person_type where person_id = ?", String.class, id))
				.as(extra)
				.containsExactly("VOLUNTEER");
		}
		long before = people();
		assertThat(apply(application("冒充者", unique() + "@example.com", "[\"registry\"]", true).replace("VOLUNTEER",
				"COORDINATOR"), address()))
			.hasStatus(400);
		assertThat(people()).isEqualTo(before);
		// Nothing else is reachable without a token.
		assertThat(this.mvc.post()
			.uri("/api/people")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"匿名\", \"types\": [\"VOLUNTEER\"]}")
			.exchange()).hasStatus(401);
		assertThat(
				this.mvc.post().uri("/api/requests").contentType(MediaType.APPLICATION_JSON).content("{}").exchange())
			.hasStatus(401);
		assertThat(this.mvc.get().uri("/api/people").exchange()).hasStatus(401);
	}

	@Test
	void refusesAnApplicationWithoutTheRegistryConsentOrTheSignedAgreementOrTheCurrentTerms() {
		String email = unique() + "@example.com";
		assertThat(body(apply(application("王芳", email, "[\"contact\"]", true), address()))).contains("purposes", "登记");
		assertThat(body(apply(application("王芳", email, "[\"registry\"]", false), address())))
			.contains("agreementSigned");
		assertThat(body(apply(application("王芳", email, "[\"registry\"]", true).replace("\"noticeVersion\": \"2026-12\"",
				"\"noticeVersion\": \"2025-01\""), address())))
			.contains("noticeVersion");
		assertThat(body(apply(application("王芳", null, "[\"registry\"]", true), address()))).contains("phone");
	}

	@Test
	void limitsApplicationsPerAddressAndCountsTheRefused() {
		String address = address();
		int accepted = 0;
		int refused = 0;
		for (int i = 0; i < 35; i++) {
			// Unsigned, so each takes from the quota without registering anyone.
			int status = apply(application("限流测试", unique() + "@example.com", "[\"registry\"]", false), address)
				.getResponse()
				.getStatus();
			if (status == 429) {
				refused++;
			}
			else {
				assertThat(status).isEqualTo(400);
				accepted++;
			}
		}
		assertThat(accepted).isEqualTo(30);
		assertThat(refused).isEqualTo(5);
		assertThat(apply(application("限流测试", unique() + "@example.com", "[\"registry\"]", false), address()))
			.hasStatus(400);
	}

	@Test
	void linksAVettedApplicantsAccountWithASingleUseCode() {
		String email = unique() + "@example.com";
		assertThat(apply(application("赵敏", email, "[\"registry\", \"matching\"]", true), address())).hasStatus(202);
		UUID id = lastApplicant();
		String subject = "self-registered-" + unique();
		// Not yet vetted: no code is sent, and the answer is the same.
		assertThat(requestCode(subject, email)).hasStatus(202);
		assertThat(codeFor(email)).isNull();
		assertThat(this.mvc.post().uri("/api/people/{id}/activate", id).with(Callers.COORDINATOR.any()).exchange())
			.hasStatusOk();
		assertThat(requestCode(subject, "  " + email.replace("example.com", "EXAMPLE.COM") + " ")).hasStatus(202);
		String code = codeFor(email);
		assertThat(code).matches("\\d{6}");
		assertThat(this.jdbc.queryForObject("select code_hash from account_link_code where subject = ?", String.class,
				subject))
			.hasSize(64)
			.doesNotContain(code);
		String wrong = code.equals("000000") ? "111111" : "000000";
		assertThat(confirm(subject, wrong)).hasStatus(400);
		// Another account cannot use this account's code.
		assertThat(confirm("someone-else-" + unique(), code)).hasStatus(400);
		assertThat(confirm(subject, code)).hasStatus(204);
		assertThat(this.mvc.get().uri("/api/people/me").with(Callers.VOLUNTEER.as(subject)).exchange()).hasStatusOk()
			.bodyJson()
			.extractingPath("$.name")
			.isEqualTo("赵敏");
		// Single use.
		assertThat(confirm(subject, code)).hasStatus(400);
	}

	@Test
	void aCodeDiesAfterTooManyWrongGuessesAndWhenItExpires() {
		String email = unique() + "@example.com";
		apply(application("钱进", email, "[\"registry\"]", true), address());
		UUID id = lastApplicant();
		this.mvc.post().uri("/api/people/{id}/activate", id).with(Callers.COORDINATOR.any()).exchange();
		String subject = "guesser-" + unique();
		requestCode(subject, email);
		String code = codeFor(email);
		String wrong = code.equals("000000") ? "111111" : "000000";
		for (int i = 0; i < 5; i++) {
			assertThat(confirm(subject, wrong)).hasStatus(400);
		}
		assertThat(confirm(subject, code)).hasStatus(400);
		String later = "patient-" + unique();
		requestCode(later, email);
		String second = codeFor(email);
		this.jdbc.update("update account_link_code set expires_at = now() - interval '1 second' where subject = ?",
				later);
		assertThat(confirm(later, second)).hasStatus(400);
		assertThat(this.mvc.get().uri("/api/people/me").with(Callers.VOLUNTEER.as(later)).exchange()).hasStatus(404);
	}

	private MvcTestResult requestCode(String subject, String email) {
		return this.mvc.post()
			.uri("/api/account-links")
			.with(Callers.VOLUNTEER.as(subject))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \"" + email + "\"}")
			.exchange();
	}

	private MvcTestResult confirm(String subject, String code) {
		return this.mvc.post()
			.uri("/api/account-links/confirm")
			.with(Callers.VOLUNTEER.as(subject))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"" + code + "\"}")
			.exchange();
	}

	/** The applicant who applied last (the tests of a class run one after the other). */
	private UUID lastApplicant() {
		return this.jdbc.queryForObject(
				"select person_id from recruitment_application order by created_at desc limit 1", UUID.class);
	}

	private String codeFor(String email) {
		return sentTo(email).stream()
			.filter((sent) -> sent.message().subject().contains("验证码"))
			.findFirst()
			.map((sent) -> sent.message().text().replaceAll("(?s).*验证码是 (\\d{6}).*", "$1"))
			.orElse(null);
	}

	private List<LoggedNotifications.Sent> sentTo(String email) {
		return ((LoggedNotifications) this.notifications).recent()
			.stream()
			.filter((sent) -> sent.message().to().equalsIgnoreCase(email))
			.toList();
	}

	private MvcTestResult apply(String body, String address) {
		RequestPostProcessor from = (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
		return this.mvc.post()
			.uri("/public/recruitment/applications")
			.with(from)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private long people() {
		return this.jdbc.queryForObject("select count(*) from person", Long.class);
	}

	private static String application(String name, String email, String purposes, boolean signed) {
		return """
				{"name": "%s", %s"type": "VOLUNTEER", "skills": ["care.visiting"], "streets": ["changzheng-town"],
				 "availability": [{"start": 600, "end": 720}], "noticeVersion": "2026-12", "purposes": %s,
				 "agreementVersion": "2026-12", "agreementSigned": %s}
				""".formatted(name, (email != null) ? "\"email\": \"" + email + "\", " : "", purposes, signed);
	}

	private static String address() {
		return "10.20." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.incrementAndGet() % 250 + 1);
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
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
