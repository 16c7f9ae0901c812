package org.carepool.registry;

import org.carepool.local.elasticsearch.LocalElasticsearch;
import org.carepool.local.postgres.LocalPostgresConnection;

import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;

/**
 * The real servers every registry test uses: the shared PostgreSQL, and Elasticsearch as
 * the registry's read-only account (started only when a test touches it).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(LocalPostgresConnection.class)
public class RealServices {

	@Bean
	@Lazy
	ElasticsearchConnectionDetails registryElasticsearch() {
		return LocalElasticsearch.shared().connectionDetails(LocalElasticsearch.Account.REGISTRY);
	}

}
