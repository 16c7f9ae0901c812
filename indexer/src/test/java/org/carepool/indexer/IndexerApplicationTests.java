package org.carepool.indexer;

import org.carepool.identity.testing.RunningIdentity;
import org.carepool.local.elasticsearch.LocalElasticsearch;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchConnectionDetails;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link IndexerApplication} as a whole: who may reach which endpoint, with
 * really signed tokens from the real issuer, on the real Elasticsearch server.
 */
@SpringBootTest(properties = { "indexer.feed.enabled=false", "indexer.leader.enabled=false" })
@AutoConfigureMockMvc
@Import(IndexerApplicationTests.RealServices.class)
@DirtiesContext
class IndexerApplicationTests {

	private static final RunningIdentity issuer = RunningIdentity.shared();

	@Autowired
	private MockMvcTester mvc;

	@DynamicPropertySource
	static void trustTheIssuer(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer::issuer);
	}

	@Test
	void reportsHealthWithoutCredentials() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void showsHealthDetailsOnlyToAdministrators() {
		assertThat(this.mvc.get().uri("/actuator/health")).bodyJson().doesNotHaveJsonPath("$.components");
		assertThat(this.mvc.get()
			.uri("/actuator/health")
			.header("Authorization", "Bearer " + issuer.userToken("coordinator"))).bodyJson()
			.doesNotHaveJsonPath("$.components");
		assertThat(
				this.mvc.get().uri("/actuator/health").header("Authorization", "Bearer " + issuer.userToken("admin")))
			.bodyJson()
			.hasPath("$.components");
	}

	@Test
	void refusesOperationsWithoutAToken() {
		assertThat(this.mvc.get().uri("/actuator/metrics")).hasStatus(401);
		assertThat(this.mvc.get().uri("/admin/rebuild")).hasStatus(401);
		assertThat(this.mvc.post().uri("/admin/reconcile")).hasStatus(401);
		assertThat(this.mvc.get().uri("/admin/dead-letters")).hasStatus(401);
	}

	@Test
	void refusesOperationsToACoordinator() {
		String coordinator = "Bearer " + issuer.userToken("coordinator");
		assertThat(this.mvc.get().uri("/admin/rebuild").header("Authorization", coordinator)).hasStatus(403);
		assertThat(this.mvc.get().uri("/actuator/prometheus").header("Authorization", coordinator)).hasStatus(403);
	}

	@Test
	void refusesTheIndexersOwnClientToken() {
		String client = "Bearer " + issuer.clientCredentialsToken("indexer", "indexer-local-secret", "registry.feed");
		assertThat(this.mvc.post().uri("/admin/rebuild").header("Authorization", client)).hasStatus(403);
	}

	@Test
	void servesOperationsToAnAdministrator() {
		String admin = "Bearer " + issuer.userToken("admin");
		assertThat(this.mvc.get().uri("/admin/rebuild").header("Authorization", admin)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.state")
			.isEqualTo("idle");
		assertThat(this.mvc.get().uri("/actuator/metrics/indexer.feed.lag.positions").header("Authorization", admin))
			.hasStatusOk();
		assertThat(this.mvc.get().uri("/admin/dead-letters").header("Authorization", admin)).hasStatusOk();
	}

	@Test
	void refusesATokenWithoutSignature() {
		String forged = "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZXMiOlsiQURNSU4iXX0.";
		assertThat(this.mvc.get().uri("/admin/rebuild").header("Authorization", forged)).hasStatus(401);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class RealServices {

		@Bean
		ElasticsearchConnectionDetails indexerElasticsearch() {
			return LocalElasticsearch.shared().connectionDetails(LocalElasticsearch.Account.INDEXER);
		}

	}

}
