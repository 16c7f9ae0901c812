package org.carepool.indexer;

import java.net.http.HttpResponse;

import org.carepool.indexer.testing.SearchIndex;
import org.carepool.local.elasticsearch.LocalElasticsearch;
import org.carepool.local.elasticsearch.LocalElasticsearch.Account;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the Elasticsearch privileges the indexer and the registry work with, on the
 * real server with security enabled: the registry's account may only read the people
 * index, the indexer's may write it and its own state, nothing else.
 */
class LeastPrivilegeTests {

	private final SearchIndex index = SearchIndex.on(LocalElasticsearch.shared());

	@Test
	void refusesEveryWriteFromTheRegistryAccount() {
		String document = "{\"id\": \"probe\", \"version\": 1, \"name\": \"探针\"}";
		assertThat(status(Account.REGISTRY, "PUT", "/people-write/_doc/probe?version=1&version_type=external_gte",
				document))
			.isEqualTo(403);
		assertThat(status(Account.REGISTRY, "PUT", "/people/_doc/probe", document)).isEqualTo(403);
		assertThat(status(Account.REGISTRY, "POST", "/_bulk",
				"{\"index\": {\"_index\": \"people-write\", \"_id\": \"probe\"}}\n" + document + "\n"))
			.isIn(200, 403);
		assertThat(this.index
			.send(Account.REGISTRY, "POST", "/_bulk",
					"{\"index\": {\"_index\": \"people-write\", \"_id\": \"probe\"}}\n" + document + "\n")
			.body()).doesNotContain("\"result\":\"created\"");
		assertThat(status(Account.REGISTRY, "DELETE", "/people-v*", null)).isEqualTo(403);
		assertThat(status(Account.REGISTRY, "POST", "/_aliases",
				"{\"actions\": [{\"add\": {\"index\": \"people-v*\", \"alias\": \"people-hijack\"}}]}"))
			.isEqualTo(403);
		assertThat(status(Account.REGISTRY, "PUT", "/carepool-indexer-state/_doc/feed", "{\"position\": 0}"))
			.isEqualTo(403);
	}

	@Test
	void letsTheRegistryAccountSearch() {
		this.index.send(Account.INDEXER, "PUT", "/people-vprobe", null);
		assertThat(status(Account.REGISTRY, "POST", "/people-vprobe/_search", "{\"query\": {\"match_all\": {}}}"))
			.isEqualTo(200);
		this.index.send(Account.INDEXER, "DELETE", "/people-vprobe", null);
	}

	@Test
	void refusesTheIndexerAccountAnythingButThePeopleIndexAndItsState() {
		assertThat(status(Account.INDEXER, "PUT", "/registry-audit/_doc/1", "{\"who\": \"indexer\"}")).isEqualTo(403);
		assertThat(status(Account.INDEXER, "PUT", "/_cluster/settings",
				"{\"persistent\": {\"action.auto_create_index\": true}}"))
			.isEqualTo(403);
		assertThat(status(Account.INDEXER, "GET", "/_cluster/health", null)).isEqualTo(200);
	}

	private int status(Account account, String method, String path, String body) {
		HttpResponse<String> response = this.index.send(account, method, path, body);
		return response.statusCode();
	}

}
