package org.carepool.indexer.state;

import java.time.Instant;

/**
 * The feed position up to which every change is applied to a physical people index.
 *
 * @param position the last position applied
 * @param index the physical index it was applied to
 * @param savedAt when it was saved
 */
public record Checkpoint(long position, String index, Instant savedAt) {

	/**
	 * The position to continue from in an index: this checkpoint's when it is about that
	 * index, otherwise the start of the feed.
	 * @param physicalIndex the index the indexer writes to now
	 * @return the position to read after
	 */
	public long positionFor(String physicalIndex) {
		return physicalIndex.equals(this.index) ? this.position : 0;
	}

}
