package org.carepool.indexer.backoff;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter: the n-th consecutive failure waits a random time
 * between half of {@code min(max, initial × 2^(n-1))} and all of it.
 *
 * @param initial the longest wait after the first failure
 * @param max the longest wait ever
 */
public record Backoff(Duration initial, Duration max) {

	/**
	 * How long to wait after a number of consecutive failures.
	 * @param failures how many attempts failed in a row, at least 1
	 * @return the delay
	 */
	public Duration delay(int failures) {
		long ceiling = ceiling(failures).toMillis();
		return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
	}

	/**
	 * The longest delay after a number of consecutive failures, before jitter.
	 * @param failures how many attempts failed in a row, at least 1
	 * @return the bound
	 */
	public Duration ceiling(int failures) {
		int doublings = Math.min(Math.max(failures, 1) - 1, 30);
		long millis = this.initial.toMillis() << doublings;
		return Duration.ofMillis(Math.max(1, Math.min(millis, this.max.toMillis())));
	}

	/**
	 * Sleeps for the delay after a number of consecutive failures.
	 * @param failures how many attempts failed in a row
	 * @throws InterruptedException when the thread is interrupted while waiting
	 */
	public void pause(int failures) throws InterruptedException {
		Thread.sleep(delay(failures).toMillis());
	}

}
