package org.carepool.registry.search;

/**
 * The people index cannot answer now (Elasticsearch down, slow or not built yet); every
 * other part of the registry keeps working.
 */
public class SearchUnavailable extends RuntimeException {

	SearchUnavailable(String message, Throwable cause) {
		super(message, cause);
	}

}
