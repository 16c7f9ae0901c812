package org.carepool.indexer.lifecycle;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a rebuild is, or how the last one ended.
 *
 * @param state {@code idle}, {@code running}, {@code succeeded} or {@code failed}
 * @param phase {@code creating}, {@code back-filling}, {@code catching-up},
 * {@code swapping} or {@code done}
 * @param reason why the rebuild was started
 * @param index the new physical index
 * @param previous the index it replaced
 * @param snapshotPosition the feed position the snapshot was consistent with, where
 * catching up starts
 * @param caughtUpTo the feed position the new index reflected when the aliases were
 * swapped
 * @param documents documents back-filled from the snapshot
 * @param backfillSeconds how long the back-fill took
 * @param startedAt when the rebuild started
 * @param finishedAt when it ended
 * @param error why it failed
 */
public record RebuildStatus(String state, String phase, String reason, String index, String previous,
		long snapshotPosition, long caughtUpTo, long documents, double backfillSeconds, Instant startedAt,
		Instant finishedAt, String error) {

	/** No rebuild ran since the indexer started. */
	public static final RebuildStatus IDLE = new RebuildStatus("idle", null, null, null, null, 0, 0, 0, 0, null, null,
			null);

	/**
	 * Whether a rebuild runs.
	 * @return {@code true} while running
	 */
	public boolean isRunning() {
		return "running".equals(this.state);
	}

	/**
	 * Back-filled documents per second.
	 * @return the rate, 0 before the back-fill ended
	 */
	public double documentsPerSecond() {
		return (this.backfillSeconds > 0) ? this.documents / this.backfillSeconds : 0;
	}

	/**
	 * How long the whole rebuild took.
	 * @return the duration, or {@code null} while running
	 */
	public Duration duration() {
		return (this.startedAt != null && this.finishedAt != null) ? Duration.between(this.startedAt, this.finishedAt)
				: null;
	}

}
