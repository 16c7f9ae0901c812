package org.carepool.registry.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.carepool.registry.ServedRegistryTest;
import org.carepool.registry.access.CallerTokens;
import org.carepool.registry.access.Callers;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the edges of the HTTP layer, over a real port: oversize bodies, chunked or
 * not, are a {@code 413} problem in Chinese by default; what Tomcat itself refuses (a
 * {@code %00} in the path, a header too large) is a problem document too
 * ({@link ProblemReportValve}), not Tomcat's HTML page.
 */
@ServedRegistryTest
class HttpEdgeTests {

	private static final String TOKEN = CallerTokens.of(Callers.COORDINATOR, "edge-coordinator");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void refusesAChunkedOversizeBodyWith413() throws Exception {
		byte[] body = ("{\"name\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes();
		HttpResponse<String> response = send(
				post("/api/people").POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
					.build());
		assertThat(response.statusCode()).isEqualTo(413);
		assertProblem(response, "body-too-large");
		assertThat(response.body()).contains("请求体过大");
	}

	@Test
	void refusesADeclaredOversizeBodyWith413InChineseByDefault() throws Exception {
		HttpResponse<String> response = send(post("/api/people")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + "x".repeat(300_000) + "\"}"))
			.build());
		assertThat(response.statusCode()).isEqualTo(413);
		assertProblem(response, "body-too-large");
		assertThat(response.body()).contains("请求体过大");
		HttpResponse<String> english = send(post("/api/people").header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + "x".repeat(300_000) + "\"}"))
			.build());
		assertThat(english.body()).contains("Request body too large");
	}

	@Test
	void answersAUrlTomcatRefusesWithAProblem() throws Exception {
		for (String path : new String[] { "/api/people/%00", "/api/people/%2e%2e%5c.." }) {
			HttpResponse<String> response = send(
					HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TOKEN).GET().build());
			assertThat(response.statusCode()).as(path).isBetween(400, 499);
			assertProblem(response, null);
			assertThat(response.body()).as(path).doesNotContain("<html").doesNotContain("Tomcat");
		}
	}

	@Test
	void answersAHeaderTooLargeWithAProblem() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/people"))
			.header("Authorization", "Bearer " + TOKEN)
			.header("X-Padding", "p".repeat(20 * 1024))
			.GET()
			.build());
		assertThat(response.statusCode()).isBetween(400, 499);
		assertProblem(response, null);
		assertThat(response.body()).contains("请求有误").doesNotContain("<html");
	}

	private void assertProblem(HttpResponse<String> response, String type) {
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((contentType) -> assertThat(contentType).startsWith("application/problem+json"));
		if (type != null) {
			assertThat(response.body()).contains("urn:carepool:problem:" + type);
		}
		assertThat(response.body()).contains("\"status\":" + response.statusCode());
	}

	private HttpRequest.Builder post(String path) {
		return HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Bearer " + TOKEN)
			.header("Content-Type", "application/json");
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
