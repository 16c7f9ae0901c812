package org.carepool.indexer.index;

/**
 * Elasticsearch did not accept a write even after retries (unreachable, overloaded,
 * missing the index, or refusing the indexer's credentials); the caller tries the whole
 * batch again later.
 */
public class IndexUnavailable extends RuntimeException {

	/**
	 * Creates the exception.
	 * @param message what failed, without any personal data
	 * @param cause the underlying failure, if any
	 */
	public IndexUnavailable(String message, Throwable cause) {
		super(message, cause);
	}

}
