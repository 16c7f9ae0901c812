package org.carepool.registry.person.web;

import java.util.UUID;

import org.carepool.registry.RegistryTest;
import org.carepool.registry.access.Callers;
import org.carepool.registry.person.PersonFixtures;
import org.carepool.registry.person.PersonResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that duplicate detection answers each audience only what it may know
 * (docs/architecture.md §4.3, §3.6): the district coordinator is shown who, a street
 * coordinator only that someone is registered, a person about themselves only that the
 * number cannot be used; each answer is audited and repeated probing is throttled; a
 * duplicate on a change is a {@code 409}, never a {@code 500}.
 */
@RegistryTest
class DuplicateDisclosureTests {

	private static final String PERSON = """
			{"name": "重复测试", "servedStreets": ["%s"], "types": ["VOLUNTEER"], "phone": "%s"}
			""";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private PersonFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void showsTheDistrictCoordinatorWhoIsRegistered() {
		String phone = PersonApiTests.phone();
		String existing = registered(Callers.FOREIGN_STREET, phone);
		MvcTestResult result = register(Callers.COORDINATOR.any(), Callers.OWN_STREET, phone);
		assertThat(result).hasStatus(409);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:carepool:problem:duplicate-person");
		assertThat(result).bodyJson().extractingPath("$.existing").isEqualTo("/api/people/" + existing);
	}

	@Test
	void tellsAStreetCoordinatorOnlyThatSomeoneIsRegistered() {
		String phone = PersonApiTests.phone();
		registered(Callers.FOREIGN_STREET, phone);
		String subject = "street-" + UUID.randomUUID();
		MvcTestResult result = register(Callers.STREET_COORDINATOR.as(subject), Callers.OWN_STREET, phone);
		assertThat(result).hasStatus(409);
		assertThat(result).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:carepool:problem:duplicate-person-hidden");
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("区级协调员");
		assertThat(body(result)).doesNotContain("existing").doesNotContain("/api/people/");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where actor = ? and action = 'person.duplicate' and outcome = 'DENIED' and reason = 'phone'",
				Integer.class, subject))
			.isEqualTo(1);
	}

	@Test
	void tellsAPersonAboutThemselvesOnlyThatTheNumberCannotBeUsed() {
		String phone = PersonApiTests.phone();
		registered(Callers.FOREIGN_STREET, phone);
		String subject = "self-" + UUID.randomUUID();
		PersonResponse me = this.fixtures.registerLinked(Callers.OWN_STREET, subject);
		MvcTestResult result = this.mvc.put()
			.uri("/api/people/me")
			.with(Callers.VOLUNTEER.as(subject))
			.header("If-Match", "\"" + me.version() + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"本人\", \"phone\": \"" + phone + "\"}")
			.exchange();
		assertThat(result).hasStatus(409);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:carepool:problem:contact-unavailable");
		assertThat(body(result)).doesNotContain("existing");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where actor = ? and action = 'person.duplicate' and outcome = 'DENIED'",
				Integer.class, subject))
			.isEqualTo(1);
	}

	@Test
	void answersADuplicateOnAChangeWithAConflict() {
		String phone = PersonApiTests.phone();
		registered(Callers.FOREIGN_STREET, phone);
		PersonResponse other = this.fixtures.register(Callers.OWN_STREET);
		MvcTestResult result = this.mvc.put()
			.uri("/api/people/{id}", other.id())
			.with(Callers.COORDINATOR.any())
			.header("If-Match", "\"" + other.version() + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(PERSON.formatted(Callers.OWN_STREET, phone))
			.exchange();
		assertThat(result).hasStatus(409);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:carepool:problem:duplicate-person");
	}

	@Test
	void throttlesRepeatedProbingWithoutAnsweringTheQuestion() {
		String phone = PersonApiTests.phone();
		registered(Callers.FOREIGN_STREET, phone);
		RequestPostProcessor prober = Callers.STREET_COORDINATOR.as("prober-" + UUID.randomUUID());
		for (int i = 0; i < 5; i++) {
			assertThat(register(prober, Callers.OWN_STREET, phone)).hasStatus(409);
		}
		MvcTestResult throttled = register(prober, Callers.OWN_STREET, phone);
		assertThat(throttled).hasStatus(429);
		assertThat(throttled.getResponse().getHeader("Retry-After")).isNotBlank();
		assertThat(throttled).bodyJson().extractingPath("$.type").isEqualTo("urn:carepool:problem:too-many-requests");
		// A number nobody has is answered the same way: the 429 is no oracle either.
		assertThat(register(prober, Callers.OWN_STREET, PersonApiTests.phone())).hasStatus(429);
	}

	private String registered(String street, String phone) {
		MvcTestResult created = register(Callers.COORDINATOR.any(), street, phone);
		assertThat(created).hasStatus(201);
		return com.jayway.jsonpath.JsonPath.read(body(created), "$.id");
	}

	private MvcTestResult register(RequestPostProcessor caller, String street, String phone) {
		return this.mvc.post()
			.uri("/api/people")
			.with(caller)
			.contentType(MediaType.APPLICATION_JSON)
			.content(PERSON.formatted(street, phone))
			.exchange();
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
