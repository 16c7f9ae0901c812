package org.carepool.indexer.registry;

import java.time.Duration;
import java.util.Collection;

/**
 * The registry's internal API for the indexer (docs/architecture.md §3.1, §3.2).
 */
public interface RegistryClient {

	/**
	 * The changes after a position, waiting up to {@code wait} for the first one.
	 * @param after the last position applied
	 * @param limit at most this many changes
	 * @param wait how long the registry may wait when there is no change yet
	 * @return the page
	 * @throws RegistryUnavailable when the registry cannot answer
	 */
	ChangePage changes(long after, int limit, Duration wait);

	/**
	 * The newest position of the feed.
	 * @return the horizon
	 * @throws RegistryUnavailable when the registry cannot answer
	 */
	default long horizon() {
		return changes(0, 1, Duration.ZERO).horizon();
	}

	/**
	 * The current search documents of some people.
	 * @param ids the people's ids
	 * @return their documents and which of them are gone
	 * @throws RegistryUnavailable when the registry cannot answer
	 */
	SearchDocuments documents(Collection<String> ids);

	/**
	 * A page of the snapshot of every searchable person.
	 * @param after the last id of the previous page, or {@code null} for the first page
	 * @param limit how many people to read
	 * @return the page
	 * @throws RegistryUnavailable when the registry cannot answer
	 */
	default Snapshot snapshot(String after, int limit) {
		return snapshot(IdRange.ALL, after, limit);
	}

	/**
	 * A page of the snapshot of the searchable people in a range of ids; disjoint ranges
	 * may be read at once.
	 * @param range the ids to read
	 * @param after the last id of the previous page, or {@code null} for the range's
	 * first page
	 * @param limit how many people to read
	 * @return the page
	 * @throws RegistryUnavailable when the registry cannot answer
	 */
	Snapshot snapshot(IdRange range, String after, int limit);

}
