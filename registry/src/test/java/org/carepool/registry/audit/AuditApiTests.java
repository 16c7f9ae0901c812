package org.carepool.registry.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
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
 * Tests for {@code GET /api/audit}: administrators query the trail by actor, subject,
 * action, outcome and time, a page at a time, and their reading is itself recorded.
 */
@RegistryTest
class AuditApiTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private PersonFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void findsARefusedRevealWithItsReason() {
		PersonResponse foreign = this.fixtures.register(Callers.FOREIGN_STREET);
		String prober = "street-" + UUID.randomUUID();
		assertThat(this.mvc.post()
			.uri("/api/people/{id}/contact-reveal", foreign.id())
			.with(Callers.STREET_COORDINATOR.as(prober))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"想看看他的电话\"}")).hasStatus(404);
		MvcTestResult page = query(
				"?actor=" + prober + "&outcome=DENIED&action=person.contact-reveal&subject=" + foreign.id());
		assertThat(page).hasStatusOk();
		assertThat(page).bodyJson().extractingPath("$.items.length()").isEqualTo(1);
		assertThat(page).bodyJson().extractingPath("$.items[0].reason").isEqualTo("想看看他的电话");
		assertThat(page).bodyJson().extractingPath("$.items[0].subjectId").isEqualTo(foreign.id().toString());
	}

	@Test
	void pagesNewestFirstWithAKeysetCursor() {
		String actor = "coordinator-" + UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			assertThat(this.mvc.get().uri("/api/people").with(Callers.COORDINATOR.as(actor))).hasStatusOk();
		}
		MvcTestResult first = query("?actor=" + actor + "&limit=2");
		List<Integer> ids = JsonPath.read(body(first), "$.items[*].id");
		assertThat(ids).hasSize(2).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
		String next = JsonPath.read(body(first), "$.next");
		MvcTestResult second = query("?actor=" + actor + "&limit=2&before=" + next);
		List<Integer> older = JsonPath.read(body(second), "$.items[*].id");
		assertThat(older).hasSize(1).allSatisfy((id) -> assertThat(id).isLessThan(ids.get(1)));
		assertThat(query("?actor=" + actor + "&from=" + Instant.now().plusSeconds(3600))).bodyJson()
			.extractingPath("$.items.length()")
			.isEqualTo(0);
	}

	@Test
	void recordsEveryReading() {
		String admin = "admin-" + UUID.randomUUID();
		assertThat(this.mvc.get().uri("/api/audit?action=person.read").with(Callers.ADMIN.as(admin))).hasStatusOk();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where actor = ? and action = 'audit.read' and reason like '%action=person.read%'",
				Integer.class, admin))
			.isEqualTo(1);
	}

	@Test
	void isForAdministratorsOnly() {
		assertThat(this.mvc.get().uri("/api/audit").with(Callers.COORDINATOR.any())).hasStatus(403);
		assertThat(this.mvc.get().uri("/api/audit?outcome=MAYBE").with(Callers.ADMIN.any())).hasStatus(400);
		assertThat(this.mvc.get().uri("/api/audit?limit=100000").with(Callers.ADMIN.any())).hasStatus(400);
	}

	private MvcTestResult query(String parameters) {
		return this.mvc.get().uri("/api/audit" + parameters).with(Callers.ADMIN.any()).exchange();
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
