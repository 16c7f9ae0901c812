package org.carepool.indexer.index;

import co.elastic.clients.json.JsonpMapper;
import org.carepool.search.SearchJson;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Elasticsearch client reads and writes documents in the search contract's JSON form
 * (Boot's default mapper cannot write dates).
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchConfiguration {

	@Bean
	JsonpMapper searchJsonMapper() {
		return SearchJson.jsonpMapper();
	}

}
