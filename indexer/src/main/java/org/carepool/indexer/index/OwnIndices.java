package org.carepool.indexer.index;

import java.io.IOException;
import java.io.StringReader;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;

/**
 * The indexer's own small indices (its state, dead letters and leader lease): created
 * with their settings and strict mapping when missing, by whichever indexer gets there
 * first.
 */
public final class OwnIndices {

	private OwnIndices() {
	}

	/**
	 * Creates an index unless it exists.
	 * @param client the client
	 * @param index the index name
	 * @param definition its settings and mappings as JSON
	 * @throws IOException when Elasticsearch cannot be reached
	 */
	public static void ensure(ElasticsearchClient client, String index, String definition) throws IOException {
		if (client.indices().exists((exists) -> exists.index(index)).value()) {
			return;
		}
		try {
			client.indices().create((create) -> create.index(index).withJson(new StringReader(definition)));
		}
		catch (ElasticsearchException ex) {
			if (!"resource_already_exists_exception".equals(ex.error().type())) {
				throw ex;
			}
		}
	}

}
