package org.carepool.registry.assignment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.carepool.registry.RegistryTest;
import org.carepool.registry.access.Callers;
import org.carepool.registry.changefeed.SearchDocumentFeed;
import org.carepool.registry.person.PersonFixtures;
import org.carepool.registry.person.PersonManagement;
import org.carepool.registry.person.PersonResponse;
import org.carepool.registry.search.IndexFixture;
import org.carepool.search.PersonDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Assignments} end to end: a partner's request (portal and API) is
 * accepted, staffed from the ranked matches, served, and its hours and ratings reach the
 * person's search document; the family's next request proposes the same person first.
 */
@RegistryTest
class StaffingFlowTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private PersonFixtures fixtures;

	@Autowired
	private PersonManagement people;

	@Autowired
	private SearchDocumentFeed feed;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeAll
	static void buildTheIndex() {
		IndexFixture.shared();
	}

	@Test
	void staffsAPartnersRequestAndCountsTheHoursInSearch() {
		String subjectA = UUID.randomUUID().toString();
		String subjectB = UUID.randomUUID().toString();
		PersonResponse a = ready(subjectA);
		PersonResponse b = ready(subjectB);
		IndexFixture.index(this.feed, List.of(a.id(), b.id()));
		LocalDate saturday = LocalDate.now().plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
		String family = "FAM-E2E-" + Integer.toString((int) (Math.random() * 100000), 36).toUpperCase();

		// A partner user submits in the portal; the partner's system submits twice with
		// one key.
		String portal = submit(Callers.PARTNER.any(), saturday, family, null);
		String key = "retry-" + UUID.randomUUID();
		// Keys are scoped by the calling system: the retry comes from the same client.
		String system = "partner-system-" + UUID.randomUUID();
		MvcTestResult first = this.mvc.post()
			.uri("/api/requests")
			.with(Callers.PARTNER_CLIENT.as(system))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(saturday.plusWeeks(1), null))
			.exchange();
		MvcTestResult retry = this.mvc.post()
			.uri("/api/requests")
			.with(Callers.PARTNER_CLIENT.as(system))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(saturday.plusWeeks(1), null))
			.exchange();
		assertThat(first).hasStatus(201);
		assertThat(retry).hasStatus(200);
		assertThat((String) JsonPath.read(body(retry), "$.id")).isEqualTo(JsonPath.read(body(first), "$.id"));
		assertThat(this.jdbc.queryForObject("select count(*) from request_idempotency_key where key = ?", Integer.class,
				key))
			.isEqualTo(1);

		// The coordinator accepts, staffs from the ranked matches; the person accepts.
		move(portal, "accept");
		assertThat(this.mvc.post().uri("/api/requests/{id}/start", portal).with(Callers.COORDINATOR.any()).exchange())
			.hasStatus(409)
			.bodyJson()
			.extractingPath("$.currentStatus")
			.isEqualTo("ACCEPTED");
		assertThat(this.mvc.post()
			.uri("/api/requests/{id}/staffing", portal)
			.with(Callers.COORDINATOR.any())
			.header("If-Match", "\"0\"")
			.exchange()).hasStatus(412);
		move(portal, "staffing");
		List<String> ranked = JsonPath.read(body(this.mvc.get()
			.uri("/api/requests/{id}/matches?limit=50", portal)
			.with(Callers.COORDINATOR.any())
			.exchange()), "$.candidates[*].person.id");
		assertThat(ranked).contains(a.id().toString(), b.id().toString());
		String invitation = JsonPath.read(body(this.mvc.post()
			.uri("/api/requests/{id}/invitations", portal)
			.with(Callers.COORDINATOR.any())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"person\": \"" + a.id() + "\"}")
			.exchange()), "$.id");
		List<String> afterInvite = JsonPath.read(body(this.mvc.get()
			.uri("/api/requests/{id}/matches?limit=50", portal)
			.with(Callers.COORDINATOR.any())
			.exchange()), "$.candidates[*].person.id");
		assertThat(afterInvite).doesNotContain(a.id().toString()).contains(b.id().toString());
		// A second person is asked too and declines, saying why.
		String asked = JsonPath.read(body(this.mvc.post()
			.uri("/api/requests/{id}/invitations", portal)
			.with(Callers.COORDINATOR.as("coordinator-flow"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"person\": \"" + b.id() + "\"}")
			.exchange()), "$.id");
		assertThat(this.mvc.post()
			.uri("/api/people/me/invitations/{id}/decline", asked)
			.with(Callers.EXPERT.as(subjectB))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"本周出差\"}")
			.exchange()).hasStatus(200);
		assertThat(this.mvc.post()
			.uri("/api/people/me/invitations/{id}/accept", invitation)
			.with(Callers.EXPERT.as(subjectA))
			.exchange()).hasStatus(200).bodyJson().extractingPath("$.status").isEqualTo("ACCEPTED");
		// The partner sees who was assigned, and nothing of who else was asked or why
		// they declined; the coordinator sees both invitations.
		String partnerView = body(
				this.mvc.get().uri("/api/requests/{id}/invitations", portal).with(Callers.PARTNER.any()).exchange());
		assertThat((List<String>) JsonPath.read(partnerView, "$[*].personName")).containsExactly(a.name());
		assertThat((List<String>) JsonPath.read(partnerView, "$[*].status")).containsExactly("ACCEPTED");
		assertThat(partnerView).doesNotContain(b.id().toString(), b.name(), "本周出差", "coordinator-flow");
		String coordinatorView = body(this.mvc.get()
			.uri("/api/requests/{id}/invitations", portal)
			.with(Callers.COORDINATOR.any())
			.exchange());
		assertThat((List<String>) JsonPath.read(coordinatorView, "$[*].personName")).containsExactly(a.name(),
				b.name());
		assertThat((List<String>) JsonPath.read(coordinatorView, "$[*].reason")).contains("本周出差");
		assertThat((List<String>) JsonPath.read(coordinatorView, "$[*].invitedBy")).contains("coordinator-flow");

		// The work is done; the coordinator logs hours and the partner rates the service.
		// One person was needed and has accepted: the request is staffed by itself.
		assertThat(this.mvc.get().uri("/api/requests/{id}", portal).with(Callers.COORDINATOR.any()).exchange())
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("STAFFED");
		move(portal, "start");
		move(portal, "complete");
		// Served work stays on the record: no withdrawing once the request is done...
		assertThat(withdraw(portal, invitation)).hasStatus(409)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:carepool:problem:illegal-request-transition");
		long before = this.jdbc.queryForObject("select coalesce(max(position), 0) from change_log", Long.class);
		assertThat(this.mvc.post()
			.uri("/api/requests/{id}/service-records", portal)
			.with(Callers.COORDINATOR.any())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"person\": \"" + a.id() + "\", \"hours\": 3.5}")
			.exchange()).hasStatus(201);
		// ...nor once its hours are recorded.
		assertThat(withdraw(portal, invitation)).hasStatus(409)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:carepool:problem:hours-already-recorded");
		assertThat(this.mvc.post()
			.uri("/api/requests/{id}/ratings", portal)
			.with(Callers.PARTNER.any())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"person\": \"" + a.id() + "\", \"stars\": 5, \"comment\": \"耐心细致\"}")
			.exchange()).hasStatus(201);
		assertThat(this.jdbc.queryForObject("select count(*) from change_log where entity_id = ? and position > ?",
				Integer.class, a.id(), before))
			.isEqualTo(2);
		assertThat(this.mvc.get().uri("/api/requests/{id}", portal).with(Callers.PARTNER.any()).exchange()).bodyJson()
			.extractingPath("$.transitions[*].to")
			.asArray()
			.containsExactly("SUBMITTED", "ACCEPTED", "STAFFING", "STAFFED", "IN_PROGRESS", "COMPLETED");

		// The statistics reach the index through the person's document.
		PersonDocument document = this.feed.byIds(List.of(a.id())).documents().get(0);
		assertThat(document.hoursThisMonth()).isEqualTo(3.5);
		assertThat(document.totalHours()).isEqualTo(3.5);
		assertThat(document.assignmentsLast30Days()).isEqualTo(1);
		assertThat(document.rating()).isEqualTo(5.0);
		assertThat(document.completedByCategory())
			.containsExactly(new PersonDocument.CategoryCount("family-support", 1));
		IndexFixture.index(this.feed, List.of(a.id()));
		MvcTestResult search = this.mvc.get()
			.uri("/api/people/search?q={name}", a.name())
			.with(Callers.COORDINATOR.any())
			.exchange();
		List<Double> hours = JsonPath.read(body(search),
				"$.items[?(@.person.id == '" + a.id() + "')].person.totalHours");
		assertThat(hours).containsExactly(3.5);

		// The family's next request proposes the person who served it first, and says
		// why.
		String next = submit(Callers.PARTNER.any(), saturday.plusWeeks(2), family, null);
		move(next, "accept");
		move(next, "staffing");
		String matches = body(this.mvc.get()
			.uri("/api/requests/{id}/matches?limit=50", next)
			.with(Callers.COORDINATOR.any())
			.exchange());
		assertThat((String) JsonPath.read(matches, "$.candidates[0].person.id")).isEqualTo(a.id().toString());
		assertThat((List<String>) JsonPath.read(matches, "$.candidates[0].explanation.matched"))
			.contains(Assignments.CONTINUITY);
	}

	private PersonResponse ready(String subject) {
		String chars = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉";
		StringBuilder name = new StringBuilder("欧阳");
		java.util.Random random = new java.util.Random();
		for (int i = 0; i < 4; i++) {
			name.append(chars.charAt(random.nextInt(chars.length())));
		}
		org.carepool.registry.access.Caller coordinator = Callers.COORDINATOR.caller("flow");
		PersonResponse person = this.people.register(coordinator,
				PersonFixtures.expert(name.toString(), Callers.OWN_STREET));
		this.people.recordConsent(coordinator, person.id(),
				new org.carepool.registry.person.ConsentRequest("2026-01", List.of("registry", "matching", "contact")));
		this.people.linkAccount(Callers.ADMIN.caller("flow-admin"), person.id(), subject);
		person = this.fixtures.certify(person.id());
		this.people.verifyCertification(Callers.COORDINATOR.caller("flow"), person.id(),
				person.certifications().get(0).id());
		return this.fixtures.activate(person.id());
	}

	private String submit(JwtRequestPostProcessor caller, LocalDate day, String family, String key) {
		MvcTestResult result = this.mvc.post()
			.uri("/api/requests")
			.with(caller)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(day, family))
			.exchange();
		assertThat(result).hasStatus(201);
		return JsonPath.read(body(result), "$.id");
	}

	private MvcTestResult withdraw(String request, String invitation) {
		return this.mvc.post()
			.uri("/api/requests/{id}/invitations/{invitation}/withdraw", request, invitation)
			.with(Callers.COORDINATOR.any())
			.exchange();
	}

	private void move(String request, String action) {
		MvcTestResult current = this.mvc.get()
			.uri("/api/requests/{id}", request)
			.with(Callers.COORDINATOR.any())
			.exchange();
		String etag = current.getResponse().getHeader("ETag");
		assertThat(this.mvc.post()
			.uri("/api/requests/{id}/" + action, request)
			.with(Callers.COORDINATOR.any())
			.header("If-Match", etag)
			.exchange()).hasStatus(200);
	}

	private static String body(LocalDate day, String family) {
		return """
				{"category": "family-support", "project": "warm-heart", "title": "失独家庭哀伤陪伴",
				 "description": "两位老人需要定期陪伴。", "requiredSkills": [{"code": "psy.grief", "minLevel": 3}],
				 "languages": ["zh-wuu"], "place": {"street": "changzheng-town"},
				 "schedule": {"date": "%s", "start": "09:30", "end": "11:30"}, "durationMinutes": 120,
				 "peopleNeeded": 1, "sensitive": true, "avoidOwnOrganisation": true%s}
				""".formatted(day, (family != null) ? ", \"familyReference\": \"" + family + "\"" : "");
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
