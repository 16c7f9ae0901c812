package org.carepool.local.elasticsearch;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.carepool.local.elasticsearch.LocalElasticsearch.Account;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LocalElasticsearch}.
 */
class LocalElasticsearchTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void indexesAndFindsADocumentOnARealServer() throws Exception {
		LocalElasticsearch elasticsearch = LocalElasticsearch.shared();
		HttpResponse<String> indexed = send(elasticsearch, Account.INDEXER, "PUT", "/people-probe/_doc/1?refresh=true",
				"{\"name\":\"王晓明\",\"bio\":\"哀伤辅导 grief counselling\"}");
		assertThat(indexed.statusCode()).isEqualTo(201);
		HttpResponse<String> found = send(elasticsearch, Account.REGISTRY, "POST", "/people-probe/_search",
				"{\"query\":{\"match_phrase\":{\"bio\":\"哀伤\"}}}");
		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(found.body()).contains("\"total\":{\"value\":1").contains("王晓明");
	}

	@Test
	void refusesWritesFromTheRegistryAccount() throws Exception {
		LocalElasticsearch elasticsearch = LocalElasticsearch.shared();
		HttpResponse<String> refused = send(elasticsearch, Account.REGISTRY, "PUT", "/people-probe/_doc/2",
				"{\"name\":\"张丽\"}");
		assertThat(refused.statusCode()).isEqualTo(403);
	}

	@Test
	void refusesRequestsWithoutCredentials() throws Exception {
		LocalElasticsearch elasticsearch = LocalElasticsearch.shared();
		HttpResponse<String> refused = this.http.send(
				HttpRequest.newBuilder(elasticsearch.uri().resolve("/_cluster/health")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(401);
	}

	@Test
	void prefersAServerNamedByTheEnvironment() {
		LocalElasticsearch named = LocalElasticsearch.fromEnvironment(Map.of("CAREPOOL_ELASTICSEARCH_URL",
				"http://search.example:9200", "CAREPOOL_ELASTICSEARCH_USER", "carepool"));
		assertThat(named.uri()).isEqualTo(URI.create("http://search.example:9200"));
		assertThat(named.credentials(Account.REGISTRY).username()).isEqualTo("carepool");
		assertThat(LocalElasticsearch.fromEnvironment(Map.of())).isNull();
	}

	private HttpResponse<String> send(LocalElasticsearch elasticsearch, Account account, String method, String path,
			String json) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(elasticsearch.uri().resolve(path))
			.header("Authorization", elasticsearch.credentials(account).basicAuthorization())
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
