package org.carepool.registry.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carepool.local.elasticsearch.LocalElasticsearch;
import org.carepool.local.elasticsearch.LocalElasticsearch.Account;
import org.carepool.local.server.Distributions;
import org.carepool.local.server.FreePorts;
import org.carepool.local.server.ServerUser;
import org.carepool.registry.RealServices;
import org.carepool.registry.access.Callers;
import org.carepool.registry.draw.DrawFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchConnectionDetails;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that search, matching and draws answer 503 within two seconds when Elasticsearch
 * is down or hangs, while every other registry endpoint keeps working.
 */
class SearchDegradationTests {

	private static final String NEED = """
			{"category": "family-support", "place": {"street": "wanli"}, "date": "%s", "start": "09:00", "end": "11:00"}
			""".formatted(java.time.LocalDate.now().plusDays(3));

	private static final String PERSON = """
			{"name": "降级测试", "servedStreets": ["wanli"], "types": ["VOLUNTEER"]}
			""";

	static void assertDegraded(MockMvcTester mvc) {
		MvcTestResult created = mvc.post()
			.uri("/api/people")
			.with(Callers.COORDINATOR.any())
			.contentType(MediaType.APPLICATION_JSON)
			.content(PERSON)
			.exchange();
		assertThat(created).hasStatus(201);
		assertThat(mvc.get().uri(created.getResponse().getHeader("Location")).with(Callers.COORDINATOR.any()))
			.hasStatusOk();
		assertThat(mvc.get().uri("/api/taxonomy/streets").with(Callers.VOLUNTEER.any())).hasStatusOk();
	}

	/**
	 * The production timeouts (the registry's application.yaml), which the other tests
	 * lengthen for loaded machines (test resources' config/application.yaml).
	 */
	static final String PRODUCTION_SOCKET_TIMEOUT = "spring.elasticsearch.socket-timeout=2s";

	static final String PRODUCTION_SEARCH_TIMEOUT = "registry.search.timeout=2s";

	static Duration timed(Runnable request) {
		Instant started = Instant.now();
		request.run();
		return Duration.between(started, Instant.now());
	}

	/**
	 * Elasticsearch is stopped while the registry runs.
	 */
	@Nested
	@SpringBootTest(properties = { PRODUCTION_SOCKET_TIMEOUT, PRODUCTION_SEARCH_TIMEOUT })
	@AutoConfigureMockMvc
	@Import({ RealServices.class, Stopped.Server.class })
	class Stopped {

		private static LocalElasticsearch server;

		@Autowired
		private MockMvcTester mvc;

		@Test
		void answers503QuicklyAndKeepsTheRestWorking() {
			IndexFixture.ensureIndex(IndexFixture.client(server));
			assertThat(this.mvc.get().uri("/api/people/search?q=王").with(Callers.COORDINATOR.any())).hasStatusOk();
			server.close();
			Duration took = timed(
					() -> assertThat(this.mvc.get().uri("/api/people/search?q=王").with(Callers.COORDINATOR.any()))
						.hasStatus(503)
						.bodyJson()
						.extractingPath("$.type")
						.isEqualTo("urn:carepool:problem:search-unavailable"));
			assertThat(took).isLessThan(Duration.ofSeconds(2));
			Duration matching = timed(() -> assertThat(this.mvc.post()
				.uri("/api/matches")
				.with(Callers.COORDINATOR.any())
				.contentType(MediaType.APPLICATION_JSON)
				.content(NEED)).hasStatus(503));
			assertThat(matching).isLessThan(Duration.ofSeconds(2));
			assertDegraded(this.mvc);
		}

		@AfterAll
		static void stop() {
			if (server != null) {
				server.close();
			}
		}

		@TestConfiguration(proxyBeanMethods = false)
		static class Server {

			@Bean
			@Primary
			ElasticsearchConnectionDetails stoppableElasticsearch() {
				try {
					Path node = Files.createTempDirectory(Distributions.cache(), "degradation-");
					ServerUser.handOver(node);
					server = LocalElasticsearch.startDurable(node.resolve("node"), FreePorts.next());
					return server.connectionDetails(Account.ADMIN);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}

		}

	}

	/**
	 * Elasticsearch accepts connections but never answers.
	 */
	@Nested
	@SpringBootTest(properties = { PRODUCTION_SOCKET_TIMEOUT, PRODUCTION_SEARCH_TIMEOUT })
	@AutoConfigureMockMvc
	@Import({ RealServices.class, Hanging.Server.class })
	class Hanging {

		private static ServerSocket blackHole;

		@Autowired
		private MockMvcTester mvc;

		@Autowired
		private DrawFixtures draws;

		@Test
		void answers503WithinTwoSecondsAndKeepsTheRestWorking() {
			Duration took = timed(
					() -> assertThat(this.mvc.get().uri("/api/people/search?q=王").with(Callers.COORDINATOR.any()))
						.hasStatus(503));
			assertThat(took).isLessThan(Duration.ofMillis(2500));
			assertDegraded(this.mvc);
		}

		@Test
		void answersDrawsWith503Too() {
			UUID request = this.draws.request(DrawFixtures.slot(), Callers.OWN_STREET, Callers.OWN_ORGANISATION).id();
			assertThat(this.mvc.post()
				.uri("/api/requests/{id}/draws", request)
				.with(Callers.COORDINATOR.any())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"quotas\": {\"psy.grief\": 1}}")).hasStatus(503)
				.bodyJson()
				.extractingPath("$.type")
				.isEqualTo("urn:carepool:problem:search-unavailable");
		}

		@AfterAll
		static void close() throws IOException {
			if (blackHole != null) {
				blackHole.close();
			}
		}

		@TestConfiguration(proxyBeanMethods = false)
		static class Server {

			@Bean
			@Primary
			ElasticsearchConnectionDetails hangingElasticsearch() throws IOException {
				blackHole = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
				int port = blackHole.getLocalPort();
				return () -> List.of(new ElasticsearchConnectionDetails.Node("127.0.0.1", port,
						ElasticsearchConnectionDetails.Node.Protocol.HTTP, "x", "y"));
			}

		}

	}

}
