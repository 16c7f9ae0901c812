package org.carepool.registry.request;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.carepool.registry.RegistryTest;
import org.carepool.registry.access.Callers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link IdempotencyKeys}, the {@code Idempotency-Key} of a submission: scoped
 * by the caller, bound to the body, of a documented shape and forgotten after the
 * retention period.
 */
@RegistryTest
class IdempotencyTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private IdempotencyKeys keys;

	@Test
	void neverHandsAStreetCoordinatorAnotherOrganisationsRequest() {
		String key = "partner-" + UUID.randomUUID();
		MvcTestResult partners = submit(Callers.PARTNER_CLIENT.any(), key, body("taopu-town", "上门探访"));
		assertThat(partners).hasStatus(201);
		// The street coordinator names the partner's organisation and sends its key.
		MvcTestResult probe = submit(Callers.STREET_COORDINATOR.any(), key,
				body("changzheng-town", "上门探访", Callers.OWN_ORGANISATION));
		assertThat(probe).hasStatus(201);
		assertThat(id(probe)).isNotEqualTo(id(partners));
		assertThat(content(probe)).doesNotContain("taopu-town");
	}

	@Test
	void refusesAKeyReusedForADifferentBody() {
		RequestPostProcessor client = Callers.PARTNER_CLIENT.as("partner-system-" + UUID.randomUUID());
		String key = "changed-" + UUID.randomUUID();
		assertThat(submit(client, key, body("taopu-town", "上门探访"))).hasStatus(201);
		MvcTestResult changed = submit(client, key, body("taopu-town", "陪同就医"));
		assertThat(changed).hasStatus(422);
		assertThat(changed).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:carepool:problem:idempotency-key-reused");
		assertThat(changed).bodyJson().extractingPath("$.key").isEqualTo(key);
		assertThat(changed).bodyJson().extractingPath("$.detail").asString().contains(key);
	}

	@Test
	void refusesAKeyReusedByAPartnerUserForADifferentBody() {
		String key = "portal-" + UUID.randomUUID();
		assertThat(submit(Callers.PARTNER.any(), key, body("taopu-town", "上门探访"))).hasStatus(201);
		assertThat(submit(Callers.PARTNER.any(), key, body("taopu-town", "陪同就医"))).hasStatus(422);
	}

	@Test
	void replaysTheSameBodyToTheSameCaller() {
		RequestPostProcessor client = Callers.PARTNER_CLIENT.as("partner-system-" + UUID.randomUUID());
		String key = "same-" + UUID.randomUUID();
		MvcTestResult first = submit(client, key, body("taopu-town", "上门探访"));
		MvcTestResult retry = submit(client, key, body("taopu-town", "上门探访"));
		assertThat(retry).hasStatus(200);
		assertThat(id(retry)).isEqualTo(id(first));
	}

	@Test
	void hidesAReplayTheCallerMayNoLongerRead() {
		String subject = "street-" + UUID.randomUUID();
		String key = "moved-" + UUID.randomUUID();
		MvcTestResult first = submit(Callers.STREET_COORDINATOR.as(subject), key, body("changzheng-town", "上门探访"));
		assertThat(first).hasStatus(201);
		// The request moves to another street; the street coordinator's retry must not
		// reveal it.
		this.jdbc.update("update help_request set street_code = 'taopu-town' where id = ?", UUID.fromString(id(first)));
		MvcTestResult retry = submit(Callers.STREET_COORDINATOR.as(subject), key, body("changzheng-town", "上门探访"));
		assertThat(retry).hasStatus(404);
		assertThat(this.mvc.get().uri("/api/requests/{id}", id(first)).with(Callers.STREET_COORDINATOR.as(subject)))
			.hasStatus(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "short", "has spaces in it", "quote\"d-key-value",
			"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
			"中文幂等键中文幂等键" })
	void refusesAKeyOfTheWrongShape(String key) {
		MvcTestResult result = this.mvc.post()
			.uri("/api/requests")
			.with(Callers.PARTNER_CLIENT.any())
			.header("Idempotency-Key", new String(key.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("taopu-town", "上门探访"))
			.exchange();
		assertThat(result).hasStatus(400);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
	}

	@Test
	void forgetsKeysAfterTheRetentionPeriod() {
		RequestPostProcessor client = Callers.PARTNER_CLIENT.as("partner-system-" + UUID.randomUUID());
		String key = "old-" + UUID.randomUUID();
		MvcTestResult first = submit(client, key, body("taopu-town", "上门探访"));
		this.jdbc.update("update request_idempotency_key set created_at = ? where key = ?",
				java.sql.Timestamp.from(Instant.now().minus(java.time.Duration.ofDays(8))), key);
		assertThat(this.jdbc.queryForObject("select count(*) from request_idempotency_key where key = ?", Integer.class,
				key))
			.isEqualTo(1);
		assertThat(this.keys.purge()).isPositive();
		MvcTestResult again = submit(client, key, body("taopu-town", "上门探访"));
		assertThat(again).hasStatus(201);
		assertThat(id(again)).isNotEqualTo(id(first));
	}

	private MvcTestResult submit(RequestPostProcessor caller, String key, String body) {
		return this.mvc.post()
			.uri("/api/requests")
			.with(caller)
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private static String body(String street, String title) {
		return body(street, title, null);
	}

	private static String body(String street, String title, String organisation) {
		return """
				{"category": "family-support", "title": "%s", "place": {"street": "%s"},%s
				 "schedule": {"date": "%s", "start": "09:00", "end": "11:00"}}
				""".formatted(title, street,
				(organisation != null) ? " \"organisation\": \"" + organisation + "\"," : "",
				LocalDate.now().plusDays(30));
	}

	private static String id(MvcTestResult result) {
		return JsonPath.read(content(result), "$.id");
	}

	private static String content(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
