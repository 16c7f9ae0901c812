package org.carepool.registry.search;

import co.elastic.clients.json.JsonpMapper;
import org.carepool.search.SearchJson;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Elasticsearch client reads documents with the index contract's JSON settings
 * (java.time as ISO strings).
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean
	JsonpMapper searchJsonpMapper() {
		return SearchJson.jsonpMapper();
	}

}
