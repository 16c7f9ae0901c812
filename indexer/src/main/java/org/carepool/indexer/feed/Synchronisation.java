package org.carepool.indexer.feed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.carepool.indexer.index.PeopleWriter;
import org.carepool.indexer.index.Rejection;
import org.carepool.indexer.index.WriteResult;
import org.carepool.indexer.registry.RegistryClient;
import org.carepool.indexer.registry.SearchDocuments;
import org.carepool.search.PersonDocument;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Brings people up to date in an index: fetches their current documents from the registry
 * (never an old payload), writes the searchable ones at their version and deletes the
 * gone ones at the position of their change, so a stale replay cannot bring a deleted
 * person back.
 */
@Service
public class Synchronisation {

	private static final Logger log = LoggerFactory.getLogger(Synchronisation.class);

	private final RegistryClient registry;

	private final PeopleWriter writer;

	private final ApplicationEventPublisher events;

	private final FeedProperties properties;

	private final Timer fetching;

	Synchronisation(RegistryClient registry, PeopleWriter writer, ApplicationEventPublisher events,
			FeedProperties properties, MeterRegistry meters) {
		this.registry = registry;
		this.writer = writer;
		this.events = events;
		this.properties = properties;
		this.fetching = Timer.builder("indexer.documents.fetch")
			.description("Time the registry takes to answer one request for current documents")
			.register(meters);
	}

	/**
	 * Brings people up to date in an index.
	 * @param positions each person's id with the feed position of their latest known
	 * change, the version a deletion is written with
	 * @param index the write alias or a physical index
	 * @return what was written
	 * @throws org.carepool.indexer.registry.RegistryUnavailable when the registry cannot
	 * answer
	 * @throws org.carepool.indexer.index.IndexUnavailable when Elasticsearch does not
	 * take the writes
	 */
	public WriteResult apply(Map<String, Long> positions, String index) {
		List<String> ids = new ArrayList<>(positions.keySet());
		WriteResult result = WriteResult.none();
		for (int from = 0; from < ids.size(); from += this.properties.documentsPerRequest()) {
			List<String> chunk = ids.subList(from, Math.min(ids.size(), from + this.properties.documentsPerRequest()));
			long started = System.nanoTime();
			SearchDocuments current = this.registry.documents(chunk);
			long nanos = System.nanoTime() - started;
			this.fetching.record(nanos, TimeUnit.NANOSECONDS);
			log.atDebug()
				.addKeyValue("documents", chunk.size())
				.addKeyValue("millis", nanos / 1_000_000)
				.log("Fetched {} documents from the registry in {} ms", chunk.size(), nanos / 1_000_000);
			Map<String, Long> deletions = new HashMap<>();
			for (String gone : current.gone()) {
				deletions.put(gone, positions.getOrDefault(gone, 0L));
			}
			long position = chunk.stream().mapToLong(positions::get).max().orElse(0);
			result = result.plus(write(index, current.documents(), deletions, position));
		}
		return result;
	}

	/**
	 * Writes documents and deletions as they are, and hands refused ones to the dead
	 * letters.
	 * @param index the write alias or a physical index
	 * @param documents the documents, each at its version
	 * @param deletions ids to delete with the version of their deletion
	 * @param position the feed position these writes belong to
	 * @return what was written
	 * @throws org.carepool.indexer.index.IndexUnavailable when Elasticsearch does not
	 * take the writes
	 */
	public WriteResult write(String index, List<PersonDocument> documents, Map<String, Long> deletions, long position) {
		long writing = System.nanoTime();
		WriteResult result = this.writer.write(index, documents, deletions);
		log.atDebug()
			.addKeyValue("operations", documents.size() + deletions.size())
			.addKeyValue("millis", (System.nanoTime() - writing) / 1_000_000)
			.log("Wrote {} operations to {} in {} ms", documents.size() + deletions.size(), index,
					(System.nanoTime() - writing) / 1_000_000);
		Set<String> applied = new LinkedHashSet<>();
		documents.forEach((document) -> applied.add(document.id()));
		applied.addAll(deletions.keySet());
		if (!result.rejections().isEmpty()) {
			// Listeners store them durably before this batch counts as applied.
			this.events.publishEvent(new DocumentsRejected(result.rejections(), position, index));
			result.rejections().stream().map(Rejection::id).forEach(applied::remove);
		}
		this.events.publishEvent(new DocumentsApplied(applied, index));
		return result;
	}

}
