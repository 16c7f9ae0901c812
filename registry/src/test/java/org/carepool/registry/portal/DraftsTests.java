package org.carepool.registry.portal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.carepool.registry.RegistryTest;
import org.carepool.registry.access.Callers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * Tests for {@link Drafts}: a partner organisation's users save a request as a draft,
 * change and submit it; nobody outside the organisation, coordinators included, sees it.
 */
@RegistryTest
class DraftsTests {

	private static final String WEEKLY = """
			{"category": "family-support", "title": "每周陪伴独居老人", "description": "周二下午陪伴聊天",
			 "requiredSkills": [{"code": "care.visiting", "minLevel": 1}],
			 "place": {"street": "changzheng-town"},
			 "schedule": {"day": "TUESDAY", "weeks": 6, "firstDay": "%s", "start": "14:00", "end": "16:00"},
			 "peopleNeeded": 2, "sensitive": false, "avoidOwnOrganisation": true}
			""".formatted(LocalDate.now().plusDays(3));

	@Autowired
	private MockMvcTester mvc;

	@Test
	void keepsAnUnfinishedDraftForTheOrganisationOnly() {
		MvcTestResult created = send("POST", "/api/request-drafts", "{\"title\": \"未完成的草稿\"}", Callers.PARTNER.any());
		assertThat(created).hasStatus(201);
		String id = JsonPath.read(body(created), "$.id");
		// Another user of the organisation finds it.
		assertThat(body(this.mvc.get().uri("/api/request-drafts").with(Callers.PARTNER.any()).exchange())).contains(id,
				"未完成的草稿");
		assertThat(this.mvc.get().uri("/api/request-drafts/{id}", id).with(otherOrganisation()).exchange())
			.hasStatus(404);
		assertThat(body(this.mvc.get().uri("/api/request-drafts").with(otherOrganisation()).exchange()))
			.doesNotContain(id);
		assertThat(this.mvc.get().uri("/api/request-drafts/{id}", id).with(Callers.COORDINATOR.any()).exchange())
			.hasStatus(403);
		assertThat(send("PUT", "/api/request-drafts/" + id, WEEKLY, otherOrganisation())).hasStatus(404);
		assertThat(send("POST", "/api/request-drafts/" + id + "/submit", null, otherOrganisation())).hasStatus(404);
		// Not a request until submitted: coordinators' lists do not show it.
		assertThat(body(this.mvc.get().uri("/api/requests?limit=1000").with(Callers.COORDINATOR.any()).exchange()))
			.doesNotContain("未完成的草稿");
	}

	@Test
	void refusesToSubmitAnIncompleteDraftNamingTheFieldsThenSubmitsItOnce() {
		String id = JsonPath.read(
				body(send("POST", "/api/request-drafts", "{\"title\": \"每周陪伴独居老人\"}", Callers.PARTNER.any())), "$.id");
		MvcTestResult incomplete = send("POST", "/api/request-drafts/" + id + "/submit", null, Callers.PARTNER.any());
		assertThat(incomplete).hasStatus(400);
		assertThat(body(incomplete)).contains("category", "place", "schedule");
		MvcTestResult saved = send("PUT", "/api/request-drafts/" + id, WEEKLY, Callers.PARTNER.any());
		assertThat(saved).hasStatusOk();
		assertThat(saved.getResponse().getHeader("ETag")).isEqualTo("\"1\"");
		MvcTestResult submitted = send("POST", "/api/request-drafts/" + id + "/submit", null, Callers.PARTNER.any());
		assertThat(submitted).hasStatus(201);
		String request = JsonPath.read(body(submitted), "$.id");
		assertThat(body(submitted)).contains("\"status\":\"SUBMITTED\"", "\"weeks\":6", "\"avoidOwnOrganisation\":true",
				Callers.OWN_ORGANISATION);
		assertThat(this.mvc.get().uri("/api/request-drafts/{id}", id).with(Callers.PARTNER.any()).exchange())
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/api/requests/{id}", request).with(Callers.PARTNER.any()).exchange())
			.hasStatusOk();
		assertThat(this.mvc.get().uri("/api/requests/{id}", request).with(otherOrganisation()).exchange())
			.hasStatus(404);
	}

	@Test
	void refusesAStaleSaveAndDeletes() {
		String id = JsonPath
			.read(body(send("POST", "/api/request-drafts", "{\"title\": \"旧\"}", Callers.PARTNER.any())), "$.id");
		send("PUT", "/api/request-drafts/" + id, "{\"title\": \"新\"}", Callers.PARTNER.any());
		MvcTestResult stale = this.mvc.put()
			.uri("/api/request-drafts/{id}", id)
			.with(Callers.PARTNER.any())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"另一个\"}")
			.exchange();
		assertThat(stale).hasStatus(412);
		assertThat(send("DELETE", "/api/request-drafts/" + id, null, Callers.PARTNER.any())).hasStatus(204);
		assertThat(this.mvc.get().uri("/api/request-drafts/{id}", id).with(Callers.PARTNER.any()).exchange())
			.hasStatus(404);
	}

	private MvcTestResult send(String method, String uri, String body, RequestPostProcessor caller) {
		var request = this.mvc.method(org.springframework.http.HttpMethod.valueOf(method)).uri(uri).with(caller);
		if (body != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return request.exchange();
	}

	private static RequestPostProcessor otherOrganisation() {
		return jwt()
			.jwt((jwt) -> jwt.subject("union-user")
				.claim("aud", List.of("carepool-registry"))
				.claim("roles", List.of("PARTNER"))
				.claim("org", Callers.FOREIGN_ORGANISATION))
			.authorities(new SimpleGrantedAuthority("ROLE_PARTNER"));
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
