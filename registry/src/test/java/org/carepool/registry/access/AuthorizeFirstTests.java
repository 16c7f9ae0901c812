package org.carepool.registry.access;

import java.util.UUID;
import java.util.stream.Stream;

import org.carepool.registry.RegistryTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AuthorizeFirst}: a caller without the role is refused with {@code 403}
 * whatever the body, so an invalid body never shows them the schema.
 */
@RegistryTest
class AuthorizeFirstTests {

	@Autowired
	private MockMvcTester mvc;

	static Stream<Arguments> refusals() {
		String id = UUID.randomUUID().toString();
		return Stream.of(Arguments.of(HttpMethod.POST, "/api/people", Callers.VOLUNTEER),
				Arguments.of(HttpMethod.POST, "/api/people", Callers.PARTNER),
				Arguments.of(HttpMethod.PUT, "/api/people/" + id, Callers.EXPERT),
				Arguments.of(HttpMethod.POST, "/api/requests", Callers.EXPERT),
				Arguments.of(HttpMethod.POST, "/api/requests", Callers.FEED_CLIENT),
				Arguments.of(HttpMethod.POST, "/api/requests/" + id + "/reject", Callers.PARTNER),
				Arguments.of(HttpMethod.POST, "/api/organisations", Callers.STREET_COORDINATOR),
				Arguments.of(HttpMethod.PUT, "/api/people/" + id + "/account", Callers.COORDINATOR));
	}

	@ParameterizedTest(name = "{0} {1} as {2}")
	@MethodSource("refusals")
	void refusesBeforeReadingTheBody(HttpMethod method, String uri, Callers caller) {
		for (String body : new String[] { "{}", "{\"name\": 42, \"types\": [\"UNICORN\"]}", "{\"name\": ", "[]" }) {
			MvcTestResult result = this.mvc
				.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(method, uri)
					.with(caller.any())
					.header("If-Match", "\"0\"")
					.contentType(MediaType.APPLICATION_JSON)
					.content(body));
			assertThat(result).as("%s %s as %s with %s", method, uri, caller, body).hasStatus(403);
			assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:carepool:problem:forbidden");
		}
	}

}
