package org.carepool.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.http.Header;
import org.apache.http.HttpHeaders;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.carepool.local.elasticsearch.LocalElasticsearch;
import org.carepool.local.elasticsearch.LocalElasticsearch.Account;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;

/**
 * Elasticsearch clients for the tests, each acting as one account of the shared local
 * server and reading and writing documents as {@link SearchJson} does.
 */
final class SearchClients {

	private SearchClients() {
	}

	static ElasticsearchClient connect(Account account) {
		LocalElasticsearch elasticsearch = LocalElasticsearch.shared();
		Header authorization = new BasicHeader(HttpHeaders.AUTHORIZATION,
				elasticsearch.credentials(account).basicAuthorization());
		RestClient rest = RestClient.builder(HttpHost.create(elasticsearch.uri().toString()))
			.setDefaultHeaders(new Header[] { authorization })
			.build();
		return new ElasticsearchClient(new RestClientTransport(rest, SearchJson.jsonpMapper()));
	}

	/**
	 * Sends a body-less request through the client's low-level connection, for answers
	 * the typed client would reshape, such as the mapping as the server holds it.
	 */
	static JsonNode get(ElasticsearchClient client, String path) {
		RestClient rest = ((RestClientTransport) client._transport()).restClient();
		try {
			Response response = rest.performRequest(new Request("GET", path));
			try (InputStream body = response.getEntity().getContent()) {
				return SearchJson.objectMapper().readTree(body);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void close(ElasticsearchClient client) {
		if (client != null) {
			try {
				client._transport().close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

}
