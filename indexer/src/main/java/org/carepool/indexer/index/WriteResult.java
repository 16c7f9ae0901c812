package org.carepool.indexer.index;

import java.util.ArrayList;
import java.util.List;

/**
 * What a write did.
 *
 * @param indexed documents written at their version
 * @param deleted documents deleted (or already absent)
 * @param stale operations Elasticsearch ignored because the index already held a newer
 * version, which is success
 * @param rejections operations Elasticsearch refused for good
 */
public record WriteResult(int indexed, int deleted, int stale, List<Rejection> rejections) {

	public WriteResult {
		rejections = List.copyOf(rejections);
	}

	/**
	 * A result for nothing written.
	 * @return the empty result
	 */
	public static WriteResult none() {
		return new WriteResult(0, 0, 0, List.of());
	}

	/**
	 * This result and another together.
	 * @param other the other result
	 * @return the sum
	 */
	public WriteResult plus(WriteResult other) {
		List<Rejection> all = new ArrayList<>(this.rejections);
		all.addAll(other.rejections);
		return new WriteResult(this.indexed + other.indexed, this.deleted + other.deleted, this.stale + other.stale,
				all);
	}

	/**
	 * How many operations were done, stale or not, and not rejected.
	 * @return the count
	 */
	public int applied() {
		return this.indexed + this.deleted + this.stale;
	}

}
