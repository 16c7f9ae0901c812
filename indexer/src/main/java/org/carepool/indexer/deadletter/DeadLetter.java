package org.carepool.indexer.deadletter;

import java.time.Instant;

/**
 * A person whose document Elasticsearch refused, without the document itself: a retry
 * fetches the current one.
 *
 * @param id the person's id
 * @param operation {@code index} or {@code delete}
 * @param version the version that was refused
 * @param position the feed position of the batch
 * @param status the HTTP status of the bulk item
 * @param errorType Elasticsearch's error type
 * @param reason Elasticsearch's reason, without field values
 * @param attempts how often it was refused
 * @param firstFailedAt when it was first refused
 * @param lastFailedAt when it was last refused
 */
public record DeadLetter(String id, String operation, long version, long position, int status, String errorType,
		String reason, int attempts, Instant firstFailedAt, Instant lastFailedAt) {
}
