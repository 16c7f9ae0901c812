package org.carepool.indexer;

import org.carepool.local.elasticsearch.LocalElasticsearch;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchConnectionDetails;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link IndexerApplication} as a whole, on the real Elasticsearch server.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(IndexerApplicationTests.RealServices.class)
class IndexerApplicationTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void reportsHealthWithoutCredentials() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void refusesEverythingElse() {
		assertThat(this.mvc.get().uri("/actuator/metrics")).hasStatus(403);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class RealServices {

		@Bean
		ElasticsearchConnectionDetails indexerElasticsearch() {
			return LocalElasticsearch.shared().connectionDetails(LocalElasticsearch.Account.INDEXER);
		}

	}

}
