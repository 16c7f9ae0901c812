package org.carepool.registry.person.web;

import org.carepool.registry.RegistryTest;
import org.carepool.registry.access.Callers;
import org.carepool.registry.person.PersonFixtures;
import org.carepool.registry.person.PersonResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the one {@code If-Match} rule ({@link org.carepool.registry.api.IfMatch}):
 * {@code *} matches whatever version is current (RFC 9110), a stale or foreign tag
 * matches none, and a change without the header is refused.
 */
@RegistryTest
class IfMatchTests {

	private static final String PERSON = """
			{"name": "版本测试", "servedStreets": ["changzheng-town"], "types": ["VOLUNTEER"]}
			""";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private PersonFixtures fixtures;

	@Test
	void matchesAnyCurrentVersionWithAStar() {
		PersonResponse person = this.fixtures.register(Callers.OWN_STREET);
		assertThat(put(person, "*")).hasStatusOk();
		assertThat(put(person, "*")).hasStatusOk();
	}

	@Test
	void refusesAStaleOrForeignTag() {
		PersonResponse person = this.fixtures.register(Callers.OWN_STREET);
		assertThat(put(person, "\"" + (person.version() + 1) + "\"")).hasStatus(412);
		assertThat(put(person, "\"abc\"")).hasStatus(412);
		assertThat(put(person, "W/\"" + person.version() + "\"")).hasStatusOk();
	}

	@Test
	void refusesAChangeWithoutTheHeader() {
		PersonResponse person = this.fixtures.register(Callers.OWN_STREET);
		assertThat(this.mvc.put()
			.uri("/api/people/{id}", person.id())
			.with(Callers.COORDINATOR.any())
			.contentType(MediaType.APPLICATION_JSON)
			.content(PERSON)).hasStatus(428);
	}

	@Test
	void matchesAnyCurrentOrganisationVersionWithAStar() {
		assertThat(this.mvc.put()
			.uri("/api/organisations/00000000-0000-4000-8000-0000000000f2")
			.with(Callers.ADMIN.any())
			.header("If-Match", "*")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"区总工会\", \"type\": \"trade-union\", \"contactName\": \"王强\"}")).hasStatusOk();
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult put(PersonResponse person, String ifMatch) {
		return this.mvc.put()
			.uri("/api/people/{id}", person.id())
			.with(Callers.COORDINATOR.any())
			.header("If-Match", ifMatch)
			.contentType(MediaType.APPLICATION_JSON)
			.content(PERSON)
			.exchange();
	}

}
