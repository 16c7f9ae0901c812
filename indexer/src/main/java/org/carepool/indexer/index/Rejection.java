package org.carepool.indexer.index;

/**
 * A document Elasticsearch refused for good, such as one that does not fit the mapping.
 *
 * @param id the person's id
 * @param operation {@code index} or {@code delete}
 * @param version the version that was written
 * @param status the HTTP status of the bulk item
 * @param errorType Elasticsearch's error type, such as {@code document_parsing_exception}
 * @param reason Elasticsearch's reason, shortened
 */
public record Rejection(String id, String operation, long version, int status, String errorType, String reason) {
}
