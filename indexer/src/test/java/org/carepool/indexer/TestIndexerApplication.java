package org.carepool.indexer;

import org.carepool.identity.testing.RunningIdentity;
import org.carepool.local.elasticsearch.LocalElasticsearch;
import org.carepool.local.elasticsearch.LocalElasticsearch.Account;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Runs the indexer for development with the services the tests use: Elasticsearch from a
 * pinned container where a Docker engine answers, otherwise the embedded server, as the
 * indexer's own least-privileged account, and the local issuer; it follows the registry
 * at {@code CAREPOOL_REGISTRY_URI} (default {@code http://localhost:8081}, such as a
 * running {@code TestRegistryApplication}).
 */
public final class TestIndexerApplication {

	private TestIndexerApplication() {
	}

	public static void main(String[] args) {
		String issuer = RunningIdentity.shared().issuer();
		System.setProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer);
		System.setProperty("spring.security.oauth2.client.provider.carepool.token-uri", issuer + "/oauth2/token");
		SpringApplication.from(IndexerApplication::main).with(DevelopmentServices.class).run(args);
	}

	/**
	 * Elasticsearch as the indexer's account.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class DevelopmentServices {

		@Bean
		ElasticsearchConnectionDetails indexerElasticsearch() {
			return LocalElasticsearch.shared().connectionDetails(Account.INDEXER);
		}

	}

}
