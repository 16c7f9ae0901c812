package org.carepool.indexer.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carepool.identity.testing.RunningIdentity;

/**
 * The registry's people API, called over HTTP as the demo district coordinator, to make
 * the changes the indexer must follow.
 */
public final class RegistryPeople {

	/**
	 * How many generated people the shared registry holds: a backlog of several feed
	 * batches, small enough that the scenarios replaying it from the start stay quick
	 * ({@code -Dindexer.test.people=20000} for a bigger one).
	 */
	public static final int SYNTHETIC = Integer.getInteger("indexer.test.people", 2_500);

	/**
	 * A feed batch size that splits a replay of {@link #SYNTHETIC} into about fifty
	 * batches, for the scenarios that must fault in the middle of a many-batch replay.
	 */
	public static final int SMALL_BATCH = Math.max(1, Math.min(1000, SYNTHETIC / 50));

	private static final ObjectMapper json = new ObjectMapper();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static String token;

	private static Instant tokenIssued = Instant.EPOCH;

	private final URI registry;

	RegistryPeople(URI registry) {
		this.registry = registry;
	}

	/**
	 * Registers a person serving Changzheng town who consents to be searched.
	 * @param name the person's name
	 * @return the new person's id
	 */
	public String register(String name) {
		return register(name, "[{\"code\": \"care.visiting\", \"level\": 3, \"years\": 2}]");
	}

	/**
	 * Registers a person serving Changzheng town with no skills yet, who consents to be
	 * searched.
	 * @param name the person's name
	 * @return the new person's id
	 */
	public String registerWithoutSkills(String name) {
		return register(name, "[]");
	}

	private String register(String name, String skills) {
		JsonNode person = send("POST", "/api/people", """
				{"name": "%s", "servedStreets": ["changzheng-town"], "types": ["VOLUNTEER"],
				 "skills": %s, "monthlyCapacityHours": 8}
				""".formatted(name, skills), null);
		String id = person.get("id").asText();
		send("POST", "/api/people/" + id + "/consents", """
				{"noticeVersion": "2026-01", "purposes": ["registry", "matching", "contact"]}
				""", null);
		return id;
	}

	/**
	 * Renames a person (a full update with the current ETag).
	 * @param id the person
	 * @param name the new name
	 */
	public void rename(String id, String name) {
		HttpResponse<String> current = exchange("GET", "/api/people/" + id, null, null);
		String etag = current.headers().firstValue("ETag").orElseThrow();
		send("PUT", "/api/people/" + id, """
				{"name": "%s", "servedStreets": ["changzheng-town"], "types": ["VOLUNTEER"],
				 "skills": [{"code": "care.visiting", "level": 3, "years": 2}], "monthlyCapacityHours": 8}
				""".formatted(name), etag);
	}

	/**
	 * Erases a person, who must then never be searchable again.
	 * @param id the person
	 */
	public void erase(String id) {
		send("POST", "/api/people/" + id + "/erase", null, null);
	}

	/**
	 * Records that a person withdrew every consent they gave.
	 * @param id the person
	 */
	public void withdrawConsents(String id) {
		JsonNode person = send("GET", "/api/people/" + id, null, null);
		for (JsonNode consent : person.path("consents")) {
			if (consent.path("withdrawnAt").isMissingNode() || consent.path("withdrawnAt").isNull()) {
				send("POST", "/api/people/" + id + "/consents/" + consent.get("id").asText() + "/withdraw", null, null);
			}
		}
	}

	private JsonNode send(String method, String path, String body, String ifMatch) {
		HttpResponse<String> response = exchange(method, path, body, ifMatch);
		try {
			return json.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Not JSON from " + method + " " + path + ": " + response.body(), ex);
		}
	}

	private HttpResponse<String> exchange(String method, String path, String body, String ifMatch) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.registry.resolve(path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token())
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 300) {
				throw new IllegalStateException(
						method + " " + path + " answered " + response.statusCode() + ": " + response.body());
			}
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static synchronized String token() {
		if (token == null || tokenIssued.isBefore(Instant.now().minus(Duration.ofMinutes(5)))) {
			token = RunningIdentity.shared().userToken("coordinator");
			tokenIssued = Instant.now();
		}
		return token;
	}

}
