package org.carepool.indexer.state;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.GetResponse;
import org.carepool.indexer.index.IndexUnavailable;
import org.carepool.indexer.index.OwnIndices;

import org.springframework.stereotype.Component;

/**
 * Saves and loads the feed checkpoint. Each save is acknowledged only once Elasticsearch
 * has it in its translog, and a checkpoint is only saved after its batch is applied, so a
 * restart resumes from a position whose changes are all in the index.
 */
@Component
public class Checkpoints {

	/** The index that keeps the indexer's own state. */
	public static final String INDEX = "carepool-indexer-state";

	private static final String FEED = "feed";

	private static final String MAPPING = """
			{
			  "settings": { "index": { "number_of_shards": 1, "auto_expand_replicas": "0-1" } },
			  "mappings": {
			    "dynamic": "strict",
			    "properties": {
			      "position": { "type": "long" },
			      "index": { "type": "keyword" },
			      "savedAt": { "type": "date" }
			    }
			  }
			}
			""";

	private final ElasticsearchClient client;

	private volatile boolean created;

	private final Clock clock;

	Checkpoints(ElasticsearchClient client, Clock clock) {
		this.client = client;
		this.clock = clock;
	}

	/**
	 * The last saved checkpoint.
	 * @return the checkpoint, empty before the first save
	 * @throws IndexUnavailable when Elasticsearch cannot be reached
	 */
	public Optional<Checkpoint> load() {
		try {
			ensureIndex();
			GetResponse<Checkpoint> found = this.client.get((get) -> get.index(INDEX).id(FEED), Checkpoint.class);
			return found.found() ? Optional.ofNullable(found.source()) : Optional.empty();
		}
		catch (IOException | ElasticsearchException ex) {
			throw new IndexUnavailable("Could not load the checkpoint: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Saves a checkpoint durably.
	 * @param position the last position applied
	 * @param index the physical index it was applied to
	 * @return the saved checkpoint
	 * @throws IndexUnavailable when Elasticsearch cannot be reached
	 */
	public Checkpoint save(long position, String index) {
		Checkpoint checkpoint = new Checkpoint(position, index, this.clock.instant());
		try {
			ensureIndex();
			this.client.index((write) -> write.index(INDEX).id(FEED).document(checkpoint));
			return checkpoint;
		}
		catch (IOException | ElasticsearchException ex) {
			throw new IndexUnavailable("Could not save the checkpoint: " + ex.getMessage(), ex);
		}
	}

	private void ensureIndex() throws IOException {
		if (!this.created) {
			OwnIndices.ensure(this.client, INDEX, MAPPING);
			this.created = true;
		}
	}

}
