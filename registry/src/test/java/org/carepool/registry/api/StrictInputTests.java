package org.carepool.registry.api;

import java.util.stream.Stream;

import org.carepool.registry.RegistryTest;
import org.carepool.registry.access.Callers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StrictJson}, {@link StrictParameters} and the limits every list
 * shares: input that is only bad is a {@code 400} naming the field, never a {@code 500}
 * and never a wrong cause such as a duplicate.
 */
@RegistryTest
class StrictInputTests {

	private static final String PERSON = """
			{"name": "测试", "servedStreets": ["changzheng-town"], "types": ["VOLUNTEER"], %s}
			""";

	@Autowired
	private MockMvcTester mvc;

	static Stream<Arguments> badFields() {
		return Stream.of(Arguments.of("\"employer\": \"a\\u0000b\"", "employer", "invalid-characters"),
				Arguments.of("\"employer\": \"bell\\u0007\"", "employer", "invalid-characters"),
				Arguments.of("\"employer\": \"\\ud800x\"", "employer", "invalid-characters"),
				Arguments.of("\"employer\": \"x\\udc00\"", "employer", "invalid-characters"),
				Arguments.of("\"servedStreets\": [\"changzheng-town\\u0000\"]", "servedStreets[0]",
						"invalid-characters"),
				Arguments.of("\"agreementSignedOn\": \"+999999999-01-01\"", "agreementSignedOn", "date-out-of-range"),
				Arguments.of("\"agreementSignedOn\": \"1899-12-31\"", "agreementSignedOn", "date-out-of-range"),
				Arguments.of("\"blackouts\": [{\"from\": \"2201-01-01\", \"to\": \"2201-01-02\"}]", "blackouts[0].from",
						"date-out-of-range"),
				Arguments.of("\"agreementSignedOn\": \"2026-02-30\"", "agreementSignedOn", "type-mismatch"));
	}

	@ParameterizedTest(name = "{1}: {0}")
	@MethodSource("badFields")
	void refusesTextAndDatesThatCannotBeStored(String field, String path, String code) {
		MvcTestResult result = this.mvc.post()
			.uri("/api/people")
			.with(Callers.COORDINATOR.any())
			.contentType(MediaType.APPLICATION_JSON)
			.content(PERSON.formatted(field))
			.exchange();
		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:carepool:problem:validation");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(path);
	}

	@Test
	void keepsCharactersOutsideTheBasicPlane() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/people")
			.with(Callers.COORDINATOR.any())
			.contentType(MediaType.APPLICATION_JSON)
			.content(PERSON.formatted("\"employer\": \"𠮷野家 😀\\tok\""))
			.exchange();
		assertThat(result).hasStatus(201);
		assertThat(result).bodyJson().extractingPath("$.employer").isEqualTo("𠮷野家 😀\tok");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"name\": \"x\"} trailing", "{\"name\": \"x\"}{\"name\": \"y\"}", "{\"name\": \"x\"}]" })
	void refusesAnythingAfterTheJsonValue(String body) {
		MvcTestResult result = this.mvc.post()
			.uri("/api/people")
			.with(Callers.COORDINATOR.any())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:carepool:problem:malformed-body");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/people?name=%00", "/api/people?street=a%01b", "/api/requests?status=%00",
			"/api/organisations?after=%00" })
	void refusesControlCharactersInQueryParameters(String uri) {
		MvcTestResult result = this.mvc.get().uri(java.net.URI.create(uri)).with(Callers.COORDINATOR.any()).exchange();
		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:carepool:problem:validation");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/requests?limit=0", "/api/requests?limit=100000", "/api/requests?limit=-1",
			"/api/people?limit=0", "/api/organisations?limit=100000",
			"/api/requests/00000000-0000-4000-8000-000000000001/matches?limit=999",
			"/api/requests/00000000-0000-4000-8000-000000000001/matches?limit=0" })
	void refusesALimitOutOfRange(String uri) {
		MvcTestResult result = this.mvc.get().uri(java.net.URI.create(uri)).with(Callers.COORDINATOR.any()).exchange();
		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("limit");
	}

}
