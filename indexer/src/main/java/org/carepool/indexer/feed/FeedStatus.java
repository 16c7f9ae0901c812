package org.carepool.indexer.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the follower is doing, for health and metrics: positions, lag, and the failure it
 * is backing off from, if any.
 */
final class FeedStatus {

	private final Clock clock;

	private volatile State state = State.STOPPED;

	private volatile long position = -1;

	private volatile long horizon = -1;

	private volatile Instant caughtUpAt;

	private volatile Instant lastBatchAt;

	private volatile Instant failingSince;

	private volatile String lastError;

	private volatile int failures;

	FeedStatus(Clock clock) {
		this.clock = clock;
		this.caughtUpAt = clock.instant();
	}

	void state(State state) {
		this.state = state;
	}

	State state() {
		return this.state;
	}

	void positioned(long position) {
		this.position = position;
		if (position >= this.horizon) {
			this.caughtUpAt = this.clock.instant();
		}
	}

	void sawHorizon(long horizon) {
		this.horizon = Math.max(this.horizon, horizon);
		if (this.position >= this.horizon) {
			this.caughtUpAt = this.clock.instant();
		}
	}

	void applied() {
		this.lastBatchAt = this.clock.instant();
	}

	void succeeded() {
		this.failures = 0;
		this.failingSince = null;
		this.lastError = null;
		this.state = State.FOLLOWING;
	}

	int failed(RuntimeException failure) {
		if (this.failures == 0) {
			this.failingSince = this.clock.instant();
		}
		this.lastError = failure.getClass().getSimpleName() + ": " + failure.getMessage();
		this.state = State.BACKING_OFF;
		return ++this.failures;
	}

	long position() {
		return this.position;
	}

	long horizon() {
		return this.horizon;
	}

	/**
	 * How many positions the index is behind the feed; zero on a standby indexer, whose
	 * lag is the leader's to report.
	 */
	long lagPositions() {
		if (this.state == State.STANDING_BY || this.position < 0 || this.horizon < 0) {
			return 0;
		}
		return Math.max(0, this.horizon - this.position);
	}

	/**
	 * How long the index has been behind the feed: zero when it reflects every change
	 * seen, otherwise the time since it last did.
	 */
	double lagSeconds() {
		if (lagPositions() == 0) {
			return 0;
		}
		return Duration.between(this.caughtUpAt, this.clock.instant()).toMillis() / 1000.0;
	}

	boolean failingLongerThan(Duration limit) {
		Instant since = this.failingSince;
		return since != null && since.plus(limit).isBefore(this.clock.instant());
	}

	int failures() {
		return this.failures;
	}

	Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("state", this.state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
		details.put("position", this.position);
		details.put("horizon", this.horizon);
		details.put("lagPositions", lagPositions());
		details.put("lagSeconds", lagSeconds());
		if (this.lastBatchAt != null) {
			details.put("lastBatchAt", this.lastBatchAt.toString());
		}
		if (this.failures > 0) {
			details.put("consecutiveFailures", this.failures);
			details.put("failingSince", String.valueOf(this.failingSince));
			details.put("lastError", this.lastError);
		}
		return details;
	}

	/**
	 * What the follower does.
	 */
	enum State {

		/** Not following: disabled, not started yet or stopped. */
		STOPPED,
		/** Making sure the index exists and loading the checkpoint. */
		STARTING,
		/** Polling and applying batches. */
		FOLLOWING,
		/** Waiting before trying again after a failure. */
		BACKING_OFF,
		/** Another indexer holds the leader lease; waiting to take over. */
		STANDING_BY

	}

}
