package org.carepool.indexer.deadletter;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.carepool.indexer.feed.DocumentsApplied;
import org.carepool.indexer.feed.DocumentsRejected;
import org.carepool.indexer.feed.Synchronisation;
import org.carepool.indexer.index.IndexUnavailable;
import org.carepool.indexer.index.OwnIndices;
import org.carepool.indexer.index.Rejection;
import org.carepool.indexer.index.WriteResult;
import org.carepool.indexer.registry.RegistryClient;
import org.carepool.search.PeopleIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The dead-letter store: refused documents are kept (one entry per person, the latest
 * refusal) before their batch counts as applied, listed for inspection, and tried again
 * on request with the person's current document. An entry disappears once the person's
 * document is written.
 */
@Service
public class DeadLetters {

	/** The index that keeps the dead letters. */
	public static final String INDEX = "carepool-indexer-dead-letters";

	private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

	private static final String MAPPING = """
			{
			  "settings": { "index": { "number_of_shards": 1, "auto_expand_replicas": "0-1" } },
			  "mappings": {
			    "dynamic": "strict",
			    "properties": {
			      "id": { "type": "keyword" },
			      "operation": { "type": "keyword" },
			      "version": { "type": "long" },
			      "position": { "type": "long" },
			      "status": { "type": "integer" },
			      "errorType": { "type": "keyword" },
			      "reason": { "type": "text" },
			      "attempts": { "type": "integer" },
			      "firstFailedAt": { "type": "date" },
			      "lastFailedAt": { "type": "date" }
			    }
			  }
			}
			""";

	private final ElasticsearchClient client;

	private final Synchronisation synchronisation;

	private final RegistryClient registry;

	private final Counter recorded;

	/** The ids with a dead letter, so clearing them after a write costs nothing. */
	private final Set<String> known = ConcurrentHashMap.newKeySet();

	private final AtomicLong count = new AtomicLong();

	private volatile boolean loaded;

	private final Clock clock;

	DeadLetters(ElasticsearchClient client, Synchronisation synchronisation, RegistryClient registry,
			MeterRegistry meters, Clock clock) {
		this.client = client;
		this.clock = clock;
		this.synchronisation = synchronisation;
		this.registry = registry;
		this.recorded = Counter.builder("indexer.dead.letters.recorded")
			.description("Documents Elasticsearch refused and the dead letters kept")
			.register(meters);
		Gauge.builder("indexer.dead.letters", this.count, AtomicLong::get)
			.description("Dead letters waiting for a retry")
			.register(meters);
	}

	@EventListener
	void on(DocumentsRejected rejected) {
		record(rejected.rejections(), rejected.position());
	}

	@EventListener
	void on(DocumentsApplied applied) {
		if (this.known.isEmpty() && this.loaded) {
			return;
		}
		List<String> cleared = applied.ids().stream().filter(this::isKnown).toList();
		if (!cleared.isEmpty() && PeopleIndex.WRITE_ALIAS.equals(applied.index())) {
			remove(cleared);
		}
	}

	/**
	 * Keeps refused documents durably.
	 * @param rejections the refused operations
	 * @param position the feed position of their batch
	 * @throws IndexUnavailable when the dead letters cannot be stored, so the batch is
	 * tried again
	 */
	public void record(List<Rejection> rejections, long position) {
		try {
			ensureIndex();
			Instant now = this.clock.instant();
			Map<String, DeadLetter> previous = find(rejections.stream().map(Rejection::id).toList());
			BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.WaitFor);
			for (Rejection rejection : rejections) {
				DeadLetter before = previous.get(rejection.id());
				DeadLetter letter = new DeadLetter(rejection.id(), rejection.operation(), rejection.version(), position,
						rejection.status(), rejection.errorType(), rejection.reason(),
						(before != null) ? before.attempts() + 1 : 1, (before != null) ? before.firstFailedAt() : now,
						now);
				bulk.operations(
						(operation) -> operation.index((index) -> index.index(INDEX).id(letter.id()).document(letter)));
				log.atWarn()
					.addKeyValue("id", rejection.id())
					.addKeyValue("position", position)
					.addKeyValue("errorType", rejection.errorType())
					.log("Elasticsearch refused the document of {} at position {} ({}); kept as a dead letter",
							rejection.id(), position, rejection.errorType());
			}
			BulkResponse response = this.client.bulk(bulk.build());
			if (response.errors()) {
				throw new IndexUnavailable("Could not store every dead letter", null);
			}
			rejections.forEach((rejection) -> this.known.add(rejection.id()));
			this.recorded.increment(rejections.size());
			recount();
		}
		catch (IOException | ElasticsearchException ex) {
			throw new IndexUnavailable("Could not store dead letters: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The dead letters, most recently refused first.
	 * @param limit at most this many
	 * @return the dead letters
	 * @throws IndexUnavailable when Elasticsearch cannot be reached
	 */
	public List<DeadLetter> list(int limit) {
		try {
			ensureIndex();
			return this.client
				.search((search) -> search.index(INDEX)
					.size(limit)
					.sort((sort) -> sort.field((field) -> field.field("lastFailedAt").order(SortOrder.Desc))),
						DeadLetter.class)
				.hits()
				.hits()
				.stream()
				.map((hit) -> hit.source())
				.toList();
		}
		catch (IOException | ElasticsearchException ex) {
			throw new IndexUnavailable("Could not read the dead letters: " + ex.getMessage(), ex);
		}
	}

	/**
	 * How many dead letters there are.
	 * @return the count
	 * @throws IndexUnavailable when Elasticsearch cannot be reached
	 */
	public long count() {
		return recount();
	}

	/**
	 * Tries dead letters again with the people's current documents; the ones written
	 * leave the store, the ones refused again stay with one more attempt.
	 * @param ids the people to try again, or empty for every dead letter
	 * @return what the retry wrote
	 * @throws IndexUnavailable when Elasticsearch cannot be reached
	 * @throws org.carepool.indexer.registry.RegistryUnavailable when the registry cannot
	 * answer
	 */
	public WriteResult retry(List<String> ids) {
		List<String> targets = ids.isEmpty() ? list(10_000).stream().map(DeadLetter::id).toList()
				: new ArrayList<>(ids);
		if (targets.isEmpty()) {
			return WriteResult.none();
		}
		// A deletion at the horizon wins over any version the index may hold.
		long horizon = this.registry.horizon();
		Map<String, Long> positions = new HashMap<>();
		targets.forEach((id) -> positions.put(id, horizon));
		WriteResult result = this.synchronisation.apply(positions, PeopleIndex.WRITE_ALIAS);
		log.atInfo()
			.addKeyValue("retried", targets.size())
			.addKeyValue("rejected", result.rejections().size())
			.log("Retried {} dead letters: {} refused again", targets.size(), result.rejections().size());
		return result;
	}

	private boolean isKnown(String id) {
		if (!this.loaded) {
			loadKnown();
		}
		return this.known.contains(id);
	}

	private synchronized void loadKnown() {
		if (this.loaded) {
			return;
		}
		list(10_000).forEach((letter) -> this.known.add(letter.id()));
		this.loaded = true;
		recount();
	}

	private void remove(List<String> ids) {
		try {
			BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.WaitFor);
			ids.forEach(
					(id) -> bulk.operations((operation) -> operation.delete((delete) -> delete.index(INDEX).id(id))));
			this.client.bulk(bulk.build());
			ids.forEach(this.known::remove);
			recount();
		}
		catch (IOException | ElasticsearchException ex) {
			throw new IndexUnavailable("Could not clear dead letters: " + ex.getMessage(), ex);
		}
	}

	private Map<String, DeadLetter> find(List<String> ids) throws IOException {
		Map<String, DeadLetter> found = new HashMap<>();
		this.client.mget((get) -> get.index(INDEX).ids(ids), DeadLetter.class).docs().forEach((doc) -> {
			if (doc.isResult() && doc.result().found()) {
				found.put(doc.result().id(), doc.result().source());
			}
		});
		return found;
	}

	private long recount() {
		try {
			ensureIndex();
			long now = this.client.count((count) -> count.index(INDEX)).count();
			this.count.set(now);
			return now;
		}
		catch (IOException | ElasticsearchException ex) {
			throw new IndexUnavailable("Could not count the dead letters: " + ex.getMessage(), ex);
		}
	}

	private void ensureIndex() throws IOException {
		OwnIndices.ensure(this.client, INDEX, MAPPING);
	}

}
