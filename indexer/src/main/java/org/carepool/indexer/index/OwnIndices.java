package org.carepool.indexer.index;

import java.io.IOException;
import java.io.StringReader;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;

/**
 * The indexer's own small indices (its state, dead letters and leader lease): created
 * with their settings and strict mapping when missing, by whichever indexer gets there
 * first.
 */
public final class OwnIndices {

	private OwnIndices() {
	}

	/**
	 * Creates an index unless it exists, and waits until it can be read and written: an
	 * index another indexer (or another part of this one) has just created may not have
	 * its shard yet.
	 * @param client the client
	 * @param index the index name
	 * @param definition its settings and mappings as JSON
	 * @throws IOException when Elasticsearch cannot be reached
	 */
	public static void ensure(ElasticsearchClient client, String index, String definition) throws IOException {
		if (!client.indices().exists((exists) -> exists.index(index)).value()) {
			try {
				client.indices().create((create) -> create.index(index).withJson(new StringReader(definition)));
			}
			catch (ElasticsearchException ex) {
				if (!"resource_already_exists_exception".equals(ex.error().type())) {
					throw ex;
				}
			}
		}
		awaitPrimaries(client, index);
	}

	/**
	 * Waits up to 30 s until every primary shard of an index is active.
	 * @param client the client
	 * @param index the index name
	 * @throws IOException when Elasticsearch cannot be reached
	 */
	static void awaitPrimaries(ElasticsearchClient client, String index) throws IOException {
		client.cluster()
			.health((health) -> health.index(index)
				.waitForStatus(HealthStatus.Yellow)
				.timeout((time) -> time.time("30s")));
	}

}
