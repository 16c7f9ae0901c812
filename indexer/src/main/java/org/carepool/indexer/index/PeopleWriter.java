package org.carepool.indexer.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.TransportException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.carepool.indexer.backoff.Backoff;
import org.carepool.search.IndexedPerson;
import org.carepool.search.PeopleIndex;
import org.carepool.search.PersonDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Bulk-writes people with external versions ({@code external_gte}), so a replay or an
 * out-of-order batch can never regress a document. Every bulk item is inspected: a
 * version conflict means the index already holds something newer, which is success;
 * overload, server errors and lost connections are retried with jittered exponential
 * backoff, at most {@link IndexProperties#maxInFlight()} bulk requests at once; anything
 * else is a rejection the caller dead-letters.
 */
@Component
public class PeopleWriter {

	private static final Logger log = LoggerFactory.getLogger(PeopleWriter.class);

	private static final Pattern FIELD_VALUE = Pattern.compile("Preview of field's value: '.*?'(?=[.\\]]|$)",
			Pattern.DOTALL);

	private static final int REASON_LENGTH = 300;

	private final ElasticsearchClient client;

	private final IndexProperties properties;

	private final Semaphore inFlight;

	private final Timer latency;

	private final DistributionSummary bulkSize;

	private final MeterRegistry meters;

	PeopleWriter(ElasticsearchClient client, IndexProperties properties, MeterRegistry meters) {
		this.client = client;
		this.properties = properties;
		this.inFlight = new Semaphore(properties.maxInFlight(), true);
		this.meters = meters;
		this.latency = Timer.builder("indexer.bulk.latency")
			.description("Time Elasticsearch takes to answer one bulk request")
			.register(meters);
		this.bulkSize = DistributionSummary.builder("indexer.bulk.size")
			.description("Operations in one bulk request")
			.baseUnit("operations")
			.register(meters);
	}

	/**
	 * Writes documents and deletions to an index, in bulk requests of at most
	 * {@link IndexProperties#bulkSize()} operations.
	 * @param index the write alias or a physical index
	 * @param documents documents to index, each at its own version
	 * @param deletions ids to delete, each with the version (feed position) of its
	 * deletion
	 * @return what was written
	 * @throws IndexUnavailable when Elasticsearch did not take every operation in time
	 */
	public WriteResult write(String index, Collection<PersonDocument> documents, Map<String, Long> deletions) {
		List<Operation> operations = new ArrayList<>(documents.size() + deletions.size());
		for (PersonDocument document : documents) {
			operations.add(Operation.index(index, document));
		}
		deletions.forEach((id, version) -> operations.add(Operation.delete(index, id, version)));
		boolean alias = index.equals(PeopleIndex.WRITE_ALIAS) || index.equals(PeopleIndex.READ_ALIAS);
		WriteResult result = WriteResult.none();
		for (int from = 0; from < operations.size(); from += this.properties.bulkSize()) {
			List<Operation> chunk = operations.subList(from,
					Math.min(operations.size(), from + this.properties.bulkSize()));
			result = result.plus(writeChunk(chunk, alias));
		}
		return result;
	}

	private WriteResult writeChunk(List<Operation> operations, boolean alias) {
		Backoff backoff = this.properties.retryBackoff();
		List<Operation> pending = operations;
		int indexed = 0;
		int deleted = 0;
		int stale = 0;
		List<Rejection> rejections = new ArrayList<>();
		for (int attempt = 1;; attempt++) {
			List<Operation> retry = new ArrayList<>();
			String cause;
			try {
				BulkResponse response = send(pending, alias);
				List<BulkResponseItem> items = response.items();
				for (int i = 0; i < items.size(); i++) {
					BulkResponseItem item = items.get(i);
					Operation operation = pending.get(i);
					Outcome outcome = Outcome.of(item);
					count(operation, outcome);
					switch (outcome) {
						case WRITTEN -> {
							if (operation.isDelete()) {
								deleted++;
							}
							else {
								indexed++;
							}
						}
						case STALE -> stale++;
						case TRANSIENT -> retry.add(operation);
						case REJECTED -> rejections.add(rejection(operation, item));
					}
				}
				cause = "item";
			}
			catch (IOException ex) {
				if (!isTransient(ex)) {
					throw new IndexUnavailable("Elasticsearch refused a bulk request: " + ex.getMessage(), ex);
				}
				retry = pending;
				cause = "connection";
			}
			catch (ElasticsearchException ex) {
				if (!isTransient(ex.status())) {
					throw new IndexUnavailable(
							"Elasticsearch refused a bulk request: HTTP " + ex.status() + " " + ex.error().type(), ex);
				}
				retry = pending;
				cause = "status-" + ex.status();
			}
			if (retry.isEmpty()) {
				return new WriteResult(indexed, deleted, stale, rejections);
			}
			this.meters.counter("indexer.bulk.retries", "cause", cause).increment(retry.size());
			if (attempt >= this.properties.attempts()) {
				throw new IndexUnavailable("Elasticsearch did not take " + retry.size() + " of " + operations.size()
						+ " operations after " + attempt + " attempts", null);
			}
			log.atWarn()
				.addKeyValue("operations", retry.size())
				.addKeyValue("attempt", attempt)
				.addKeyValue("cause", cause)
				.log("Retrying {} bulk operations after attempt {} ({})", retry.size(), attempt, cause);
			try {
				backoff.pause(attempt);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IndexUnavailable("Interrupted while retrying a bulk request", ex);
			}
			pending = retry;
		}
	}

	private BulkResponse send(List<Operation> operations, boolean alias) throws IOException {
		try {
			this.inFlight.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IndexUnavailable("Interrupted while waiting to send a bulk request", ex);
		}
		try {
			this.bulkSize.record(operations.size());
			return this.latency.recordCallable(() -> this.client.bulk((bulk) -> {
				bulk.requireAlias(alias);
				operations.forEach((operation) -> bulk.operations(operation.bulk()));
				return bulk;
			}));
		}
		catch (IOException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			this.inFlight.release();
		}
	}

	private void count(Operation operation, Outcome outcome) {
		this.meters
			.counter("indexer.documents", "operation", operation.isDelete() ? "delete" : "index", "outcome",
					outcome.name().toLowerCase(java.util.Locale.ROOT))
			.increment();
	}

	private static boolean isTransient(IOException failure) {
		if (failure instanceof TransportException transport && transport.statusCode() > 0) {
			return isTransient(transport.statusCode());
		}
		return true;
	}

	private static boolean isTransient(int status) {
		return status == 429 || status >= 500;
	}

	private static Rejection rejection(Operation operation, BulkResponseItem item) {
		ErrorCause error = item.error();
		String type = (error != null) ? error.type() : "unknown";
		String reason = (error != null) ? reason(error) : "";
		return new Rejection(operation.id(), operation.isDelete() ? "delete" : "index", operation.version(),
				item.status(), type, reason);
	}

	private static String reason(ErrorCause error) {
		StringBuilder reason = new StringBuilder(String.valueOf(error.reason()));
		for (ErrorCause cause = error.causedBy(); cause != null; cause = cause.causedBy()) {
			reason.append(" / ").append(cause.type()).append(": ").append(cause.reason());
		}
		// Keep field values (personal data) out of the dead letters.
		String safe = FIELD_VALUE.matcher(reason).replaceAll("Preview of field's value: (removed)");
		return (safe.length() > REASON_LENGTH) ? safe.substring(0, REASON_LENGTH) + "…" : safe;
	}

	/**
	 * How a bulk item ended.
	 */
	enum Outcome {

		/** Written at its version. */
		WRITTEN,
		/** The index holds a newer version already: success. */
		STALE,
		/** Worth another attempt: overload, a server error, a missing alias or index. */
		TRANSIENT,
		/** Refused for good. */
		REJECTED;

		static Outcome of(BulkResponseItem item) {
			int status = item.status();
			ErrorCause error = item.error();
			if (error == null && status < 300) {
				return WRITTEN;
			}
			if (status == 404 && error == null) {
				return WRITTEN;
			}
			String type = (error != null) ? error.type() : "";
			if (status == 409 || "version_conflict_engine_exception".equals(type)) {
				return STALE;
			}
			if (status == 429 || status >= 500 || "index_not_found_exception".equals(type)
					|| "es_rejected_execution_exception".equals(type) || "unavailable_shards_exception".equals(type)) {
				return TRANSIENT;
			}
			return REJECTED;
		}

	}

	/**
	 * One bulk operation and what it is about.
	 */
	record Operation(String id, long version, boolean isDelete, BulkOperation bulk) {

		static Operation index(String index, PersonDocument document) {
			return new Operation(document.id(), document.version(), false,
					BulkOperation.of((operation) -> operation.index((write) -> write.index(index)
						.id(document.id())
						.version(document.version())
						.versionType(VersionType.ExternalGte)
						.document(IndexedPerson.json(document)))));
		}

		static Operation delete(String index, String id, long version) {
			return new Operation(id, version, true, BulkOperation.of((operation) -> operation
				.delete((delete) -> delete.index(index).id(id).version(version).versionType(VersionType.ExternalGte))));
		}

	}

}
