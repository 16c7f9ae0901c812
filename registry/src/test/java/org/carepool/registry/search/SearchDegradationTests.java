package org.carepool.registry.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carepool.local.elasticsearch.LocalElasticsearch;
import org.carepool.local.elasticsearch.LocalElasticsearch.Account;
import org.carepool.local.server.TcpProxy;
import org.carepool.registry.RealServices;
import org.carepool.registry.access.Callers;
import org.carepool.registry.draw.DrawFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
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
 * is down or hangs, while every other registry endpoint keeps working. The registry
 * reaches the shared server through a {@link TcpProxy}, which makes it stop (connections
 * reset and refused) or hang (connections accepted, never answered) and then restores it,
 * all in one application context.
 */
@SpringBootTest(properties = { SearchDegradationTests.PRODUCTION_SOCKET_TIMEOUT,
		SearchDegradationTests.PRODUCTION_SEARCH_TIMEOUT })
@AutoConfigureMockMvc
@Import({ RealServices.class, SearchDegradationTests.Proxied.class })
class SearchDegradationTests {

	private static TcpProxy proxy;

	@Autowired
	private MockMvcTester mvc;

	@AfterEach
	void restore() {
		proxy.restore();
	}

	@AfterAll
	static void close() {
		if (proxy != null) {
			proxy.close();
		}
	}

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

	@Autowired
	private DrawFixtures draws;

	/**
	 * Elasticsearch is stopped while the registry runs.
	 */
	@Test
	void answers503QuicklyAndKeepsTheRestWorkingWhenElasticsearchStops() {
		IndexFixture.shared();
		assertThat(searchesUntilTheFirstAnswers()).as("search through the proxy before it is cut").isEqualTo(200);
		proxy.cut();
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

	/**
	 * Elasticsearch accepts connections but never answers.
	 */
	@Test
	void answers503WithinTwoSecondsAndKeepsTheRestWorkingWhenElasticsearchHangs() {
		proxy.hang();
		Duration took = timed(
				() -> assertThat(this.mvc.get().uri("/api/people/search?q=王").with(Callers.COORDINATOR.any()))
					.hasStatus(503));
		assertThat(took).isLessThan(Duration.ofMillis(2500));
		assertDegraded(this.mvc);
	}

	/**
	 * Elasticsearch accepts connections but never answers.
	 */
	@Test
	void answersDrawsWith503TooWhenElasticsearchHangs() {
		proxy.hang();
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

	/**
	 * The status of the first search that answers within the production timeout: on a
	 * loaded machine the first searches of a new client may take longer.
	 */
	private int searchesUntilTheFirstAnswers() {
		int status = 0;
		for (int attempt = 0; attempt < 10 && status != 200; attempt++) {
			status = this.mvc.get()
				.uri("/api/people/search?q=王")
				.with(Callers.COORDINATOR.any())
				.exchange()
				.getResponse()
				.getStatus();
		}
		return status;
	}

	/**
	 * The shared server as the registry's read-only account, through the proxy.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Proxied {

		@Bean
		@Primary
		ElasticsearchConnectionDetails proxiedElasticsearch() {
			LocalElasticsearch server = LocalElasticsearch.shared();
			proxy = TcpProxy.start(server.uri());
			ElasticsearchConnectionDetails real = server.connectionDetails(Account.REGISTRY);
			return new ElasticsearchConnectionDetails() {

				@Override
				public List<Node> getNodes() {
					return List.of(new Node(proxy.uri().getHost(), proxy.uri().getPort(), Node.Protocol.HTTP));
				}

				@Override
				public String getUsername() {
					return real.getUsername();
				}

				@Override
				public String getPassword() {
					return real.getPassword();
				}

			};
		}

	}

}
