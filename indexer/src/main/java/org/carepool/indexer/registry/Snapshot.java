package org.carepool.indexer.registry;

import java.util.List;

import org.carepool.search.PersonDocument;

/**
 * A page of the snapshot of every searchable person, in id order.
 *
 * @param documents the documents on this page
 * @param next the id to continue after, or {@code null} at the end
 * @param position the feed position this page is consistent with
 */
public record Snapshot(List<PersonDocument> documents, String next, long position) {

	public Snapshot {
		documents = (documents != null) ? List.copyOf(documents) : List.of();
	}

	/**
	 * Whether this is the last page.
	 * @return {@code true} when there is no next page
	 */
	public boolean isLast() {
		return this.next == null;
	}

}
