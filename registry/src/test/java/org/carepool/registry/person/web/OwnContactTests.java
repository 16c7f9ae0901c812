package org.carepool.registry.person.web;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for people reading their own contact details in full, so that they can correct
 * them without retyping what they did not change: their own only, never cached, audited.
 */
@RegistryTest
class OwnContactTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private PersonFixtures people;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aPersonReadsTheirOwnContactInFullAndNobodyElsesAndTheReadIsAudited() throws Exception {
		String subject = UUID.randomUUID().toString();
		PersonResponse person = this.people.registerLinked(Callers.OWN_STREET, subject);
		String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		assertThat(this.mvc.put()
			.uri("/api/people/me")
			.with(Callers.VOLUNTEER.as(subject))
			.header("If-Match", "\"" + person.version() + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"本人\", \"phone\": \"" + phone + "\", \"email\": \"self-" + subject + "@example.cn\"}")
			.exchange()).hasStatusOk().bodyJson().extractingPath("$.phone").asString().contains("****");

		MvcTestResult own = this.mvc.get().uri("/api/people/me/contact").with(Callers.VOLUNTEER.as(subject)).exchange();
		assertThat(own).hasStatusOk().bodyJson().extractingPath("$.phone").isEqualTo(phone);
		assertThat(own).bodyJson().extractingPath("$.email").isEqualTo("self-" + subject + "@example.cn");
		assertThat(own.getResponse().getHeader("Cache-Control")).contains("no-store");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where actor = ? and action = 'person.contact-read-own'", Long.class,
				subject))
			.isEqualTo(1L);

		// Someone else's account reaches only its own record, and has none.
		MvcTestResult other = this.mvc.get().uri("/api/people/me/contact").with(Callers.EXPERT.any()).exchange();
		assertThat(other).hasStatus(404);
		assertThat(other.getResponse().getContentAsString()).doesNotContain(phone);
		assertThat(this.mvc.get().uri("/api/people/me/contact").with(Callers.PARTNER.any()).exchange()).hasStatus(403);
	}

}
