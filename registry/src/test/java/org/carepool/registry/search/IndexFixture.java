package org.carepool.registry.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.carepool.local.elasticsearch.LocalElasticsearch;
import org.carepool.local.elasticsearch.LocalElasticsearch.Account;
import org.carepool.registry.changefeed.SearchDocumentFeed;
import org.carepool.search.IndexedPerson;
import org.carepool.search.PeopleIndex;
import org.carepool.search.PeopleIndexDefinition;
import org.carepool.search.PersonDocument;
import org.carepool.search.SearchJson;
import org.elasticsearch.client.RestClient;

/**
 * Writes the people index for registry tests as the indexer would: a versioned physical
 * index behind both aliases, documents from the registry's own feed, external versions.
 */
public final class IndexFixture {

	private static ElasticsearchClient admin;

	private IndexFixture() {
	}

	/**
	 * An administrative client of an Elasticsearch server.
	 * @param server the server
	 * @return the client
	 */
	public static ElasticsearchClient client(LocalElasticsearch server) {
		LocalElasticsearch.Credentials credentials = server.credentials(Account.ADMIN);
		BasicCredentialsProvider provider = new BasicCredentialsProvider();
		provider.setCredentials(AuthScope.ANY,
				new UsernamePasswordCredentials(credentials.username(), credentials.password()));
		RestClient rest = RestClient.builder(HttpHost.create(server.uri().toString()))
			.setHttpClientConfigCallback((http) -> http.setDefaultCredentialsProvider(provider))
			.build();
		return new ElasticsearchClient(new RestClientTransport(rest, SearchJson.jsonpMapper()));
	}

	/**
	 * The shared server's administrative client, with the people index and its aliases.
	 * @return the client
	 */
	public static synchronized ElasticsearchClient shared() {
		if (admin == null) {
			admin = client(LocalElasticsearch.shared());
			ensureIndex(admin);
		}
		return admin;
	}

	/**
	 * Creates a physical people index behind both aliases unless the read alias exists.
	 * @param client an administrative client
	 */
	public static void ensureIndex(ElasticsearchClient client) {
		try {
			if (client.indices().existsAlias((a) -> a.name(PeopleIndex.READ_ALIAS)).value()) {
				return;
			}
			String index = PeopleIndexDefinition.current().create(client, Instant.now());
			client.indices()
				.updateAliases((u) -> u.actions((a) -> a.add((add) -> add.index(index).alias(PeopleIndex.READ_ALIAS)))
					.actions(
							(a) -> a.add((add) -> add.index(index).alias(PeopleIndex.WRITE_ALIAS).isWriteIndex(true))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Indexes the registry's current documents of some people, and removes those gone.
	 * @param feed the registry's document feed
	 * @param ids the people
	 */
	public static void index(SearchDocumentFeed feed, Collection<UUID> ids) {
		SearchDocumentFeed.Documents documents = feed.byIds(List.copyOf(ids));
		index(documents.documents());
	}

	/**
	 * Indexes every searchable person of the registry.
	 * @param feed the registry's document feed
	 */
	public static void indexAll(SearchDocumentFeed feed) {
		UUID after = null;
		do {
			SearchDocumentFeed.Snapshot page = feed.snapshot(after, null, 1000);
			index(page.documents());
			after = page.next();
		}
		while (after != null);
	}

	/**
	 * Indexes documents as they are, at their versions.
	 * @param documents the documents
	 */
	public static void index(List<PersonDocument> documents) {
		if (documents.isEmpty()) {
			return;
		}
		try {
			BulkResponse response = shared().bulk((bulk) -> {
				bulk.refresh(Refresh.True);
				for (PersonDocument document : documents) {
					bulk.operations((op) -> op.index((index) -> index.index(PeopleIndex.WRITE_ALIAS)
						.id(document.id())
						.version(document.version())
						.versionType(VersionType.ExternalGte)
						.document(IndexedPerson.source(document))));
				}
				return bulk;
			});
			if (response.errors()) {
				throw new IllegalStateException("Bulk indexing failed: " + response.items()
					.stream()
					.filter((item) -> item.error() != null)
					.findFirst()
					.map((item) -> item.error().reason())
					.orElse("?"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A copy of a document with some fields changed.
	 * @param document the document
	 * @param changes new values by field name
	 * @return the copy
	 */
	public static PersonDocument with(PersonDocument document, Map<String, Object> changes) {
		RecordComponent[] components = PersonDocument.class.getRecordComponents();
		Object[] values = new Object[components.length];
		try {
			for (int i = 0; i < components.length; i++) {
				String name = components[i].getName();
				values[i] = changes.containsKey(name) ? changes.get(name)
						: components[i].getAccessor().invoke(document);
			}
			return PersonDocument.class
				.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new))
				.newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
