package org.carepool.registry.access;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.carepool.registry.RegistryTest;
import org.carepool.registry.assignment.InvitationResponse;
import org.carepool.registry.assignment.StaffingFixtures;
import org.carepool.registry.person.PersonFixtures;
import org.carepool.registry.person.PersonResponse;
import org.carepool.registry.request.HelpRequestResponse;
import org.carepool.registry.request.RequestStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for who may do what (docs/architecture.md §1, §3.4, §6.1): every endpoint × every
 * role × their own and a foreign record. The matrix must name every endpoint the registry
 * serves.
 */
@RegistryTest
class PermissionMatrixTests {

	private static final String OWN = Callers.OWN_STREET;

	private static final String FOREIGN = Callers.FOREIGN_STREET;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private PersonFixtures fixtures;

	@Autowired
	private StaffingFixtures staffing;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@org.junit.jupiter.api.BeforeAll
	static void buildTheIndex() {
		org.carepool.registry.search.IndexFixture.shared();
	}

	@Test
	void namesEveryEndpoint() {
		Set<String> served = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/") || pattern.startsWith("/internal/") || pattern.equals("/api")) {
					info.getMethodsCondition().getMethods().forEach((method) -> served.add(method + " " + pattern));
				}
			}
		}
		Set<String> named = new TreeSet<>();
		rows().forEach((row) -> named.add(row.method() + " " + row.pattern()));
		assertThat(named).containsExactlyInAnyOrderElementsOf(served);
	}

	@ParameterizedTest(name = "{0} {1} as {2}")
	@MethodSource("cases")
	void answersEachRoleAsTheMatrixSays(HttpMethod method, String pattern, Callers caller, Row row) {
		String subject = UUID.randomUUID().toString();
		PersonResponse own = this.fixtures.registerLinked(OWN, subject);
		for (Target target : row.targets()) {
			// A foreign person only for the rows that act on one.
			PersonResponse person = (target == Target.FOREIGN && row.setup() == null) ? this.fixtures.register(FOREIGN)
					: own;
			String uri;
			String version;
			String body = row.body();
			if (row.setup() != null) {
				Map<String, String> values = row.setup().prepare(this.staffing, this.fixtures, target, own, subject);
				uri = row.pattern() + row.suffix();
				for (Map.Entry<String, String> value : values.entrySet()) {
					uri = uri.replace("{" + value.getKey() + "}", value.getValue());
					body = (body != null) ? body.replace("{" + value.getKey() + "}", value.getValue()) : null;
				}
				version = values.getOrDefault("version", "0");
			}
			else {
				person = row.prepare().apply(this.fixtures, person);
				uri = row.uri(person);
				version = Long.toString(person.version());
			}
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, uri)
				.with(caller.as(subject))
				.header("If-Match", "\"" + version + "\"");
			if (body != null) {
				request.contentType(MediaType.APPLICATION_JSON).content(body);
			}
			int status = this.mvc.perform(request).getResponse().getStatus();
			Expect expected = row.expect(caller, target);
			assertThat(expected.accepts(status))
				.as("%s %s as %s on %s record: status %d, expected %s", method, pattern, caller, target, status,
						expected)
				.isTrue();
		}
	}

	@Test
	void refusesEveryEndpointWithoutAToken() {
		for (Row row : rows().toList()) {
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(row.method(),
					row.pattern().replaceAll("\\{[^}]+}", UUID.randomUUID().toString()));
			assertThat(this.mvc.perform(request).getResponse().getStatus()).as(row.method() + " " + row.pattern())
				.isEqualTo(401);
		}
	}

	/**
	 * The replay rows: a caller who sends another caller's {@code Idempotency-Key} (with
	 * a body naming the other's organisation and street) never gets the other's request
	 * back. Only partner users of one organisation share their keys, as they share their
	 * requests.
	 */
	@ParameterizedTest(name = "{1} sends the key of {0}")
	@MethodSource("replays")
	void replaysARequestOnlyToTheCallerWhoseKeyItIs(Callers first, Callers second) {
		String key = "replay-" + UUID.randomUUID();
		// Each sends a body it may send, naming the other's organisation.
		String firstBody = replayBody((first == Callers.STREET_COORDINATOR) ? OWN : FOREIGN,
				Callers.FOREIGN_ORGANISATION);
		String secondBody = replayBody((second == Callers.STREET_COORDINATOR) ? OWN : FOREIGN,
				Callers.FOREIGN_ORGANISATION);
		var original = this.mvc.post()
			.uri("/api/requests")
			.with(first.any())
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(firstBody)
			.exchange();
		assertThat(original.getResponse().getStatus()).isEqualTo(201);
		String originalId = com.jayway.jsonpath.JsonPath.read(content(original), "$.id");
		var replay = this.mvc.post()
			.uri("/api/requests")
			.with(second.any())
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(secondBody)
			.exchange();
		int status = replay.getResponse().getStatus();
		if (!REPLAY_SUBMITTERS.contains(second)) {
			assertThat(status).as("%s is no submitter", second).isEqualTo(403);
			return;
		}
		if (first == Callers.PARTNER && second == Callers.PARTNER) {
			// Two users of one organisation: the same submission, which both may read.
			assertThat(status).isEqualTo(200);
			assertThat(content(replay)).contains(originalId);
			return;
		}
		assertThat(status).as("%s replaying the key of %s", second, first).isEqualTo(201);
		assertThat(content(replay)).doesNotContain(originalId);
	}

	static Stream<Arguments> replays() {
		return REPLAY_SUBMITTERS.stream()
			.flatMap((first) -> Stream.of(Callers.values()).map((second) -> Arguments.of(first, second)));
	}

	private static final List<Callers> REPLAY_SUBMITTERS = List.of(Callers.COORDINATOR, Callers.STREET_COORDINATOR,
			Callers.PARTNER, Callers.PARTNER_CLIENT);

	private static String replayBody(String street, String organisation) {
		return """
				{"category": "family-support", "title": "重放测试", "place": {"street": "%s"},%s
				 "schedule": {"date": "%s", "start": "09:00", "end": "11:00"}}
				""".formatted(street, (organisation != null) ? " \"organisation\": \"" + organisation + "\"," : "",
				java.time.LocalDate.now().plusDays(30));
	}

	private static String content(org.springframework.test.web.servlet.assertj.MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Stream<Arguments> cases() {
		return rows().flatMap((row) -> Stream.of(Callers.values())
			.map((caller) -> Arguments.of(row.method(), row.pattern(), caller, row)));
	}

	static Stream<Row> rows() {
		Map<Callers, Expect> coordinators = only(Expect.OK, Callers.COORDINATOR, Callers.STREET_COORDINATOR);
		Map<Callers, Expect> manageForeign = only(Expect.OK, Callers.COORDINATOR);
		manageForeign.put(Callers.STREET_COORDINATOR, Expect.HIDDEN);
		Map<Callers, Expect> readOwn = only(Expect.OK, Callers.ADMIN, Callers.COORDINATOR, Callers.STREET_COORDINATOR,
				Callers.EXPERT, Callers.VOLUNTEER);
		Map<Callers, Expect> readForeign = only(Expect.OK, Callers.ADMIN, Callers.COORDINATOR);
		readForeign.put(Callers.STREET_COORDINATOR, Expect.HIDDEN);
		readForeign.put(Callers.EXPERT, Expect.HIDDEN);
		readForeign.put(Callers.VOLUNTEER, Expect.HIDDEN);
		Map<Callers, Expect> self = only(Expect.OK, Callers.ADMIN, Callers.COORDINATOR, Callers.STREET_COORDINATOR,
				Callers.EXPERT, Callers.VOLUNTEER);
		Map<Callers, Expect> lists = only(Expect.OK, Callers.ADMIN, Callers.COORDINATOR, Callers.STREET_COORDINATOR);
		Map<Callers, Expect> everyone = only(Expect.OK, Callers.values());
		Map<Callers, Expect> feed = only(Expect.OK, Callers.FEED_CLIENT);
		Map<Callers, Expect> admin = only(Expect.OK, Callers.ADMIN);
		String person = """
				{"name": "矩阵测试", "servedStreets": ["changzheng-town"], "types": ["VOLUNTEER"]}
				""";
		String certification = """
				{"type": "social-worker", "number": "SW-2020-001", "issuedOn": "2020-05-01"}
				""";
		String consent = """
				{"noticeVersion": "2026-01", "purposes": ["registry", "contact"]}
				""";
		BiFunction<PersonFixtures, PersonResponse, PersonResponse> none = (fixtures, p) -> p;
		BiFunction<PersonFixtures, PersonResponse, PersonResponse> active = (fixtures, p) -> fixtures.activate(p.id());
		BiFunction<PersonFixtures, PersonResponse, PersonResponse> certified = (fixtures, p) -> fixtures
			.certify(p.id());
		List<Row> rows = new ArrayList<>();
		rows.add(Row.of(HttpMethod.POST, "/api/people", person, coordinators));
		rows.add(Row.of(HttpMethod.GET, "/api/people", null, lists));
		rows.add(Row.of(HttpMethod.GET, "/api/people/{id}", null, readOwn, readForeign, none));
		rows.add(Row.of(HttpMethod.PUT, "/api/people/{id}", person, coordinators, manageForeign, none));
		rows.add(Row.of(HttpMethod.POST, "/api/people/{id}/activate", null, coordinators, manageForeign, none));
		rows.add(Row.of(HttpMethod.POST, "/api/people/{id}/suspend", null, coordinators, manageForeign, active));
		rows.add(Row.of(HttpMethod.POST, "/api/people/{id}/retire", null, coordinators, manageForeign, active));
		rows.add(Row.of(HttpMethod.POST, "/api/people/{id}/erase", null, coordinators, manageForeign, none));
		rows.add(Row.of(HttpMethod.POST, "/api/people/{id}/certifications", certification, coordinators, manageForeign,
				none));
		rows.add(Row.of(HttpMethod.POST, "/api/people/{id}/certifications/{certificationId}/verify", null, coordinators,
				manageForeign, certified));
		rows.add(Row.of(HttpMethod.POST, "/api/people/{id}/certifications/{certificationId}/reject",
				"{\"reason\": \"证书编号与原件不符\"}", coordinators, manageForeign, certified));
		rows.add(Row.of(HttpMethod.POST, "/api/people/{id}/contact-reveal", "{\"reason\": \"联系确认服务时间\"}", coordinators,
				manageForeign, none));
		rows.add(Row.of(HttpMethod.POST, "/api/people/{id}/trainings", """
				{"course": "失独家庭心理支持培训", "takenOn": "2026-03-01", "hours": 6, "result": "PASSED"}
				""", coordinators, manageForeign, none));
		rows.add(Row.of(HttpMethod.POST, "/api/people/{id}/consents", consent, coordinators, manageForeign, none));
		rows.add(Row.of(HttpMethod.POST, "/api/people/{id}/consents/{consentId}/withdraw", null, coordinators,
				manageForeign, none));
		rows.add(Row.of(HttpMethod.PUT, "/api/people/{id}/account", "{\"subject\": null}", admin, admin, none));
		rows.add(Row.of(HttpMethod.GET, "/api/audit", null, admin));
		rows.add(Row.of(HttpMethod.GET, "/api/people/me", null, self));
		rows.add(Row.of(HttpMethod.GET, "/api/people/me/contact", null, self));
		rows.add(Row.of(HttpMethod.GET, "/api/people/{id}/service-records", null, coordinators, manageForeign, none));
		rows.add(Row.of(HttpMethod.GET, "/api/people/me/service-records", null, self));
		rows.add(Row.of(HttpMethod.GET, "/api/people/me/record", null, self));
		rows.add(Row.of(HttpMethod.GET, "/api/queues", null, coordinators));
		rows.add(Row.of(HttpMethod.GET, "/api/queues/gaps", null, coordinators));
		rows.add(Row.of(HttpMethod.GET, "/api/queues/figures", null, coordinators));
		rows.add(Row.of(HttpMethod.GET, "/api/queues/certifications", null, coordinators));
		rows.add(Row.of(HttpMethod.GET, "/api/queues/hours", null, coordinators));
		rows.add(Row.of(HttpMethod.PUT, "/api/people/me", person, self));
		rows.add(Row.of(HttpMethod.POST, "/api/people/me/certifications", certification, self));
		rows.add(Row.own(HttpMethod.PUT, "/api/people/me/certifications/{certificationId}", certification, self,
				certified));
		rows.add(Row.of(HttpMethod.POST, "/api/people/me/consents", consent, self));
		rows.add(Row.own(HttpMethod.POST, "/api/people/me/consents/{consentId}/withdraw", null, self, none));
		String need = """
				{"category": "family-support", "requiredSkills": [{"code": "psy.grief", "minLevel": 2}],
				 "place": {"street": "changzheng-town"}, "date": "%s", "start": "09:00", "end": "11:00"}
				""".formatted(java.time.LocalDate.now().plusDays(7));
		Map<Callers, Expect> matchers = only(Expect.OK, Callers.COORDINATOR, Callers.STREET_COORDINATOR);
		rows.add(Row.of(HttpMethod.GET, "/api/people/search", null, lists).query("?q=测试"));
		rows.add(Row.of(HttpMethod.GET, "/api/people/suggest", null, lists).query("?q=ce"));
		rows.add(Row.of(HttpMethod.POST, "/api/matches", need, matchers));
		rows.add(Row.of(HttpMethod.POST, "/api/matches/why-not", need, matchers).query("?person={id}"));
		Map<Callers, Expect> orgKeepers = only(Expect.OK, Callers.ADMIN, Callers.COORDINATOR);
		Map<Callers, Expect> orgReaders = only(Expect.OK, Callers.ADMIN, Callers.COORDINATOR,
				Callers.STREET_COORDINATOR, Callers.PARTNER);
		// The If-Match the matrix sends is a person's version, so keepers pass
		// authorisation and
		// meet the version check: 412, never 403.
		Map<Callers, Expect> orgChangers = only(Expect.VERSION_CHECKED, Callers.ADMIN, Callers.COORDINATOR);
		String organisation = """
				{"name": "矩阵测试协会", "type": "social-organisation", "street": "wanli"}
				""";
		rows.add(Row.of(HttpMethod.POST, "/api/organisations", organisation, orgKeepers));
		rows.add(Row.of(HttpMethod.GET, "/api/organisations", null, orgReaders));
		rows.add(Row.of(HttpMethod.GET, "/api/organisations/{id}", null, orgReaders));
		rows.add(Row.of(HttpMethod.PUT, "/api/organisations/{id}", organisation, orgChangers));
		rows.add(Row.of(HttpMethod.GET, "/api/taxonomy", null, everyone));
		rows.add(Row.of(HttpMethod.GET, "/api/taxonomy/streets", null, everyone));
		rows.add(Row.of(HttpMethod.GET, "/api/taxonomy/skills", null, everyone));
		rows.add(Row.of(HttpMethod.GET, "/api/taxonomy/{kind}", null, everyone));
		rows.add(Row.of(HttpMethod.GET, "/internal/changes", null, feed));
		rows.add(Row.of(HttpMethod.POST, "/internal/search-documents", "{\"ids\": []}", feed));
		rows.add(Row.of(HttpMethod.GET, "/internal/search-documents", null, feed));
		Map<Callers, Expect> importers = only(Expect.HIDDEN, Callers.COORDINATOR, Callers.STREET_COORDINATOR);
		rows.add(Row.of(HttpMethod.GET, "/api/roster-imports/template", null, coordinators));
		rows.add(Row.of(HttpMethod.POST, "/api/roster-imports", "姓名,所在街镇\n矩阵测试,长征镇\n", coordinators)
			.query("?fileName=roster.csv"));
		rows.add(Row.of(HttpMethod.GET, "/api/roster-imports/{id}", null, importers));
		rows.add(Row.of(HttpMethod.PUT, "/api/roster-imports/{id}/mapping", "{\"columns\": {\"0\": \"NAME\"}}",
				importers));
		rows.add(Row.of(HttpMethod.POST, "/api/roster-imports/{id}/run", null, importers));
		rows.add(Row.of(HttpMethod.GET, "/api/roster-imports/{id}/progress", null, importers));
		rows.add(Row.of(HttpMethod.GET, "/api/exports/people", null, coordinators).query("?name=矩阵测试"));
		requestRows(rows);
		draftAndLinkRows(rows);
		return rows.stream();
	}

	private static Map<Callers, Expect> only(Expect expect, Callers... callers) {
		Map<Callers, Expect> expectations = new EnumMap<>(Callers.class);
		for (Callers caller : Callers.values()) {
			expectations.put(caller, Expect.FORBIDDEN);
		}
		for (Callers caller : callers) {
			expectations.put(caller, expect);
		}
		return expectations;
	}

	/**
	 * Prepares the records a request row acts on and names them: {@code id} (the
	 * request), {@code person}, {@code invitationId}, {@code recordId}, {@code version}.
	 */
	interface Setup {

		Map<String, String> prepare(StaffingFixtures staffing, PersonFixtures people, Target target, PersonResponse own,
				String subject);

	}

	/**
	 * A request of the caller's own organisation and street, or of another organisation
	 * in another street, in a status, with the caller's own person (active) invited,
	 * accepted or having reported hours as the stage asks.
	 */
	private static Setup request(RequestStatus status, String stage) {
		return (staffing, people, target, own, subject) -> {
			boolean foreign = target == Target.FOREIGN;
			String street = foreign ? FOREIGN : OWN;
			String organisation = foreign ? Callers.FOREIGN_ORGANISATION : Callers.OWN_ORGANISATION;
			Map<String, String> values = new java.util.HashMap<>();
			values.put("person", own.id().toString());
			HelpRequestResponse request;
			if (stage == null) {
				request = staffing.inStatus(street, organisation, status);
			}
			else {
				activateOnce(people, target, own);
				request = staffing.inStatus(street, organisation, RequestStatus.STAFFING);
				InvitationResponse invitation = staffing.invite(request.id(), own.id());
				values.put("invitationId", invitation.id().toString());
				if (!stage.equals("invited")) {
					staffing.accept(subject, invitation.id());
					request = staffing.moveTo(request.id(), status);
				}
				if (stage.equals("reported")) {
					values.put("recordId", staffing.report(subject, invitation.id()).id().toString());
				}
			}
			values.put("id", request.id().toString());
			values.put("version", Long.toString(request.version()));
			return values;
		};
	}

	/**
	 * A request open for staffing with experts free for it, of the caller's own
	 * organisation and street or a foreign one; drawn once, with the pick's invitation
	 * withdrawn, when asked.
	 */
	private static Setup draw(boolean drawn) {
		return (staffing, people, target, own, subject) -> {
			boolean foreign = target == Target.FOREIGN;
			UUID request = staffing.drawable(foreign ? FOREIGN : OWN,
					foreign ? Callers.FOREIGN_ORGANISATION : Callers.OWN_ORGANISATION);
			Map<String, String> values = new java.util.HashMap<>();
			values.put("id", request.toString());
			if (drawn) {
				org.carepool.registry.draw.DrawResponse draw = staffing.drawAndWithdraw(request);
				values.put("drawId", draw.id().toString());
				values.put("drawn", draw.picks().get(0).person().toString());
			}
			return values;
		};
	}

	/**
	 * Own records are prepared before foreign ones, so the first activates the person.
	 */
	private static void activateOnce(PersonFixtures people, Target target, PersonResponse own) {
		if (target == Target.OWN) {
			people.activate(own.id());
		}
	}

	/**
	 * Drafts are their organisation's partner users' only (a coordinator or a partner
	 * system never sees one; a draft of another organisation, here any unknown id, is not
	 * found); account links are for experts' and volunteers' own accounts.
	 */
	private static void draftAndLinkRows(List<Row> rows) {
		Map<Callers, Expect> partners = only(Expect.OK, Callers.PARTNER);
		Map<Callers, Expect> partnersHidden = only(Expect.HIDDEN, Callers.PARTNER);
		String draft = "{\"title\": \"草稿\", \"category\": \"family-support\"}";
		rows.add(Row.of(HttpMethod.GET, "/api/request-drafts", null, partners));
		rows.add(Row.of(HttpMethod.POST, "/api/request-drafts", draft, partners));
		rows.add(Row.of(HttpMethod.GET, "/api/request-drafts/{id}", null, partnersHidden));
		rows.add(Row.of(HttpMethod.PUT, "/api/request-drafts/{id}", draft, partnersHidden));
		rows.add(Row.of(HttpMethod.DELETE, "/api/request-drafts/{id}", null, partnersHidden));
		rows.add(Row.of(HttpMethod.POST, "/api/request-drafts/{id}/submit", null, partnersHidden));
		rows.add(Row.of(HttpMethod.POST, "/api/account-links", "{\"email\": \"nobody@example.com\"}",
				only(Expect.OK, Callers.EXPERT, Callers.VOLUNTEER)));
		rows.add(Row.of(HttpMethod.POST, "/api/account-links/confirm", "{\"code\": \"123456\"}",
				only(Expect.INPUT_REFUSED, Callers.EXPERT, Callers.VOLUNTEER)));
	}

	private static void requestRows(List<Row> rows) {
		Map<Callers, Expect> submitters = only(Expect.OK, Callers.COORDINATOR, Callers.STREET_COORDINATOR,
				Callers.PARTNER, Callers.PARTNER_CLIENT);
		Map<Callers, Expect> readForeign = only(Expect.OK, Callers.COORDINATOR);
		readForeign.put(Callers.STREET_COORDINATOR, Expect.HIDDEN);
		readForeign.put(Callers.PARTNER, Expect.HIDDEN);
		readForeign.put(Callers.PARTNER_CLIENT, Expect.HIDDEN);
		Map<Callers, Expect> coordinators = only(Expect.OK, Callers.COORDINATOR, Callers.STREET_COORDINATOR);
		Map<Callers, Expect> manageForeign = only(Expect.OK, Callers.COORDINATOR);
		manageForeign.put(Callers.STREET_COORDINATOR, Expect.HIDDEN);
		Map<Callers, Expect> self = only(Expect.OK, Callers.ADMIN, Callers.COORDINATOR, Callers.STREET_COORDINATOR,
				Callers.EXPERT, Callers.VOLUNTEER);
		String submission = """
				{"category": "family-support", "title": "上门探访", "place": {"street": "changzheng-town"},
				 "schedule": {"date": "%s", "start": "09:00", "end": "11:00"}}
				""".formatted(java.time.LocalDate.now().plusDays(30));
		String reason = "{\"reason\": \"家庭已另行安排\"}";
		rows.add(Row.of(HttpMethod.POST, "/api/requests", submission, submitters));
		rows.add(Row.of(HttpMethod.GET, "/api/requests", null, submitters));
		rows.add(Row.staffing(HttpMethod.GET, "/api/requests/{id}", null, submitters, readForeign,
				request(RequestStatus.SUBMITTED, null)));
		rows.add(Row.staffing(HttpMethod.PUT, "/api/requests/{id}", submission, submitters, readForeign,
				request(RequestStatus.SUBMITTED, null)));
		rows.add(Row.staffing(HttpMethod.POST, "/api/requests/{id}/accept", null, coordinators, manageForeign,
				request(RequestStatus.SUBMITTED, null)));
		rows.add(Row.staffing(HttpMethod.POST, "/api/requests/{id}/reject", reason, coordinators, manageForeign,
				request(RequestStatus.SUBMITTED, null)));
		rows.add(Row.staffing(HttpMethod.POST, "/api/requests/{id}/staffing", null, coordinators, manageForeign,
				request(RequestStatus.ACCEPTED, null)));
		rows.add(Row.staffing(HttpMethod.POST, "/api/requests/{id}/staffed", null, coordinators, manageForeign,
				request(RequestStatus.STAFFING, null)));
		rows.add(Row.staffing(HttpMethod.POST, "/api/requests/{id}/start", null, coordinators, manageForeign,
				request(RequestStatus.STAFFED, null)));
		rows.add(Row.staffing(HttpMethod.POST, "/api/requests/{id}/complete", null, coordinators, manageForeign,
				request(RequestStatus.IN_PROGRESS, null)));
		rows.add(Row.staffing(HttpMethod.POST, "/api/requests/{id}/cancel", reason, submitters, readForeign,
				request(RequestStatus.SUBMITTED, null)));
		rows.add(Row.staffing(HttpMethod.GET, "/api/requests/{id}/matches", null, coordinators, manageForeign,
				request(RequestStatus.ACCEPTED, null)));
		rows.add(Row.staffing(HttpMethod.GET, "/api/requests/{id}/invitations", null, submitters, readForeign,
				request(RequestStatus.STAFFING, null)));
		rows.add(Row.staffing(HttpMethod.POST, "/api/requests/{id}/invitations", "{\"person\": \"{person}\"}",
				coordinators, manageForeign, (staffing, people, target, own, subject) -> {
					activateOnce(people, target, own);
					return request(RequestStatus.STAFFING, null).prepare(staffing, people, target, own, subject);
				}));
		rows.add(Row.staffing(HttpMethod.POST, "/api/requests/{id}/invitations/{invitationId}/withdraw", null,
				coordinators, manageForeign, request(RequestStatus.STAFFING, "invited")));
		rows.add(Row.staffing(HttpMethod.POST, "/api/requests/{id}/service-records",
				"{\"person\": \"{person}\", \"hours\": 2.5}", coordinators, manageForeign,
				request(RequestStatus.COMPLETED, "accepted")));
		rows.add(Row.staffing(HttpMethod.POST, "/api/requests/{id}/service-records/{recordId}/approve", null,
				coordinators, manageForeign, request(RequestStatus.COMPLETED, "reported")));
		rows.add(Row.staffing(HttpMethod.POST, "/api/requests/{id}/ratings",
				"{\"person\": \"{person}\", \"stars\": 5, \"comment\": \"耐心细致\"}", submitters, readForeign,
				request(RequestStatus.COMPLETED, "accepted")));
		rows.add(Row.staffing(HttpMethod.POST, "/api/requests/{id}/draws", "{\"quotas\": {\"psy.grief\": 1}}",
				coordinators, manageForeign, draw(false)));
		rows.add(Row.staffing(HttpMethod.GET, "/api/requests/{id}/draws/{drawId}", null, coordinators, manageForeign,
				draw(true)));
		rows.add(Row.staffing(HttpMethod.GET, "/api/requests/{id}/draws", null, coordinators, manageForeign,
				draw(true)));
		rows.add(Row.staffing(HttpMethod.POST, "/api/requests/{id}/draws/{drawId}/redraw", "{\"person\": \"{drawn}\"}",
				coordinators, manageForeign, draw(true)));
		rows.add(Row.staffing(HttpMethod.POST, "/api/requests/{id}/draws/{drawId}/replay", null, coordinators,
				manageForeign, draw(true)));
		rows.add(Row.of(HttpMethod.GET, "/api/people/me/invitations", null, self));
		rows.add(Row.staffing(HttpMethod.GET, "/api/people/me/invitations/{invitationId}/request", null, self, null,
				request(RequestStatus.STAFFING, "invited")));
		rows.add(Row.staffing(HttpMethod.POST, "/api/people/me/invitations/{invitationId}/accept", null, self, null,
				request(RequestStatus.STAFFING, "invited")));
		rows.add(Row.staffing(HttpMethod.POST, "/api/people/me/invitations/{invitationId}/decline", reason, self, null,
				request(RequestStatus.STAFFING, "invited")));
		rows.add(Row.staffing(HttpMethod.POST, "/api/people/me/invitations/{invitationId}/hours", "{\"hours\": 2}",
				self, null, request(RequestStatus.COMPLETED, "accepted")));
	}

	enum Target {

		OWN, FOREIGN

	}

	enum Expect {

		/** Served: 2xx. */
		OK,
		/** Refused for the role: 403. */
		FORBIDDEN,
		/** Outside the caller's area, so as if it did not exist: 404. */
		HIDDEN,
		/** Authorised, then refused for a stale version: 412. */
		VERSION_CHECKED,
		/** Authorised, then refused for what it was sent: 400. */
		INPUT_REFUSED;

		boolean accepts(int status) {
			return switch (this) {
				case OK -> status >= 200 && status < 300;
				case FORBIDDEN -> status == 403;
				case HIDDEN -> status == 404;
				case VERSION_CHECKED -> status == 412;
				case INPUT_REFUSED -> status == 400;
			};
		}

	}

	/**
	 * One endpoint, what it is sent, and what each role gets on its own and a foreign
	 * record.
	 */
	record Row(HttpMethod method, String pattern, String body, Map<Callers, Expect> own, Map<Callers, Expect> foreign,
			BiFunction<PersonFixtures, PersonResponse, PersonResponse> prepare, String suffix, Setup setup) {

		static Row of(HttpMethod method, String pattern, String body, Map<Callers, Expect> anyRecord) {
			return new Row(method, pattern, body, anyRecord, null, (fixtures, p) -> p, "", null);
		}

		static Row of(HttpMethod method, String pattern, String body, Map<Callers, Expect> own,
				Map<Callers, Expect> foreign, BiFunction<PersonFixtures, PersonResponse, PersonResponse> prepare) {
			return new Row(method, pattern, body, own, foreign, prepare, "", null);
		}

		static Row own(HttpMethod method, String pattern, String body, Map<Callers, Expect> own,
				BiFunction<PersonFixtures, PersonResponse, PersonResponse> prepare) {
			return new Row(method, pattern, body, own, null, prepare, "", null);
		}

		static Row staffing(HttpMethod method, String pattern, String body, Map<Callers, Expect> own,
				Map<Callers, Expect> foreign, Setup setup) {
			return new Row(method, pattern, body, own, foreign, (fixtures, p) -> p, "", setup);
		}

		Row query(String suffix) {
			return new Row(this.method, this.pattern, this.body, this.own, this.foreign, this.prepare, suffix,
					this.setup);
		}

		Set<Target> targets() {
			return (this.foreign != null) ? new LinkedHashSet<>(List.of(Target.OWN, Target.FOREIGN))
					: Set.of(Target.OWN);
		}

		Expect expect(Callers caller, Target target) {
			return ((target == Target.FOREIGN) ? this.foreign : this.own).get(caller);
		}

		String uri(PersonResponse person) {
			// Organisation rows address the partner's own organisation, the seeded
			// district women's federation.
			String id = this.pattern.startsWith("/api/organisations/") ? "00000000-0000-4000-8000-0000000000f1"
					: person.id().toString();
			String uri = (this.pattern + this.suffix).replace("{id}", id).replace("{kind}", "request-categories");
			if (uri.contains("{certificationId}")) {
				uri = uri.replace("{certificationId}", person.certifications().get(0).id().toString());
			}
			if (uri.contains("{consentId}")) {
				uri = uri.replace("{consentId}", person.consents().get(0).id().toString());
			}
			return uri;
		}

	}

}
