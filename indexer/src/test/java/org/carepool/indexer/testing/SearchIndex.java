package org.carepool.indexer.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carepool.local.elasticsearch.LocalElasticsearch;
import org.carepool.local.elasticsearch.LocalElasticsearch.Account;

/**
 * The people index as tests look at it, over plain HTTP: searches as the registry's
 * read-only account, housekeeping as the administrator.
 */
public final class SearchIndex {

	private static final ObjectMapper json = new ObjectMapper();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final LocalElasticsearch elasticsearch;

	private SearchIndex(LocalElasticsearch elasticsearch) {
		this.elasticsearch = elasticsearch;
	}

	/**
	 * The index on a server.
	 * @param elasticsearch the server
	 * @return the index
	 */
	public static SearchIndex on(LocalElasticsearch elasticsearch) {
		return new SearchIndex(elasticsearch);
	}

	/**
	 * Deletes every people index and the indexer's state, as on a new server.
	 */
	public void reset() {
		send(Account.ADMIN, "DELETE", "/people-v*,carepool-indexer-*?ignore_unavailable=true&allow_no_indices=true",
				null);
	}

	/**
	 * How many people a search of the read alias finds now.
	 * @return the count, or -1 when the search fails
	 */
	public long searchableCount() {
		HttpResponse<String> response = send(Account.REGISTRY, "GET", "/people/_count", null);
		return (response.statusCode() == 200) ? read(response).get("count").asLong() : -1;
	}

	/**
	 * The version at which a search of the read alias finds a person now.
	 * @param id the person
	 * @return the version, empty when searches do not find the person
	 */
	public Optional<Long> searchableVersion(String id) {
		HttpResponse<String> response = send(Account.REGISTRY, "POST", "/people/_search",
				"{\"version\": true, \"_source\": false, \"query\": {\"ids\": {\"values\": [\"" + id + "\"]}}}");
		JsonNode hits = read(response).path("hits").path("hits");
		return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0).get("_version").asLong());
	}

	/**
	 * Makes everything written searchable now.
	 */
	public void refresh() {
		send(Account.ADMIN, "POST", "/people-v*/_refresh?ignore_unavailable=true&allow_no_indices=true", null);
	}

	/**
	 * The physical indices an alias points at.
	 * @param alias the alias
	 * @return the indices, none when the alias does not exist
	 */
	public List<String> behind(String alias) {
		HttpResponse<String> response = send(Account.ADMIN, "GET", "/_alias/" + alias, null);
		List<String> indices = new ArrayList<>();
		if (response.statusCode() == 200) {
			read(response).fieldNames().forEachRemaining(indices::add);
		}
		return indices;
	}

	/**
	 * Every physical people index.
	 * @return the names
	 */
	public List<String> physicalIndices() {
		HttpResponse<String> response = send(Account.ADMIN, "GET", "/people-v*?allow_no_indices=true", null);
		List<String> indices = new ArrayList<>();
		read(response).fieldNames().forEachRemaining(indices::add);
		return indices;
	}

	/**
	 * The settings of an index, flat.
	 * @param index the index
	 * @return the {@code index} settings
	 */
	public JsonNode settings(String index) {
		return read(send(Account.ADMIN, "GET", "/" + index + "/_settings?flat_settings=false", null)).path(index)
			.path("settings")
			.path("index");
	}

	/**
	 * The feed checkpoint the indexer saved.
	 * @return the checkpoint document's source, empty before the first save
	 */
	public Optional<JsonNode> checkpoint() {
		HttpResponse<String> response = send(Account.ADMIN, "GET", "/carepool-indexer-state/_doc/feed", null);
		return (response.statusCode() == 200) ? Optional.of(read(response).get("_source")) : Optional.empty();
	}

	/**
	 * Sends a request as one of the server's accounts.
	 * @param account the account
	 * @param method the HTTP method
	 * @param path the path and query
	 * @param body a JSON body, or {@code null}
	 * @return the response
	 */
	public HttpResponse<String> send(Account account, String method, String path, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.elasticsearch.uri() + path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", this.elasticsearch.credentials(account).basicAuthorization())
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A response body as JSON.
	 * @param response the response
	 * @return the JSON
	 */
	public static JsonNode read(HttpResponse<String> response) {
		try {
			return json.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Not JSON: " + response.body(), ex);
		}
	}

}
