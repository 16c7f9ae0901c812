package org.carepool.registry.api;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * A number of actions each caller may take per period, one Bucket4j bucket per caller,
 * kept in memory (a registry instance enforces its own share).
 */
public final class Quota {

	private static final int MAX_CALLERS = 100_000;

	private final Bandwidth bandwidth;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private Quota(long capacity, Duration period) {
		this.bandwidth = Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build();
	}

	/**
	 * A quota.
	 * @param capacity how many actions
	 * @param period per how long
	 * @return the quota
	 */
	public static Quota of(long capacity, Duration period) {
		return new Quota(capacity, period);
	}

	/**
	 * Takes one action from a caller's quota.
	 * @param caller who acts
	 * @return what is left, or how long to wait
	 */
	public ConsumptionProbe take(String caller) {
		return bucket(caller).tryConsumeAndReturnRemaining(1);
	}

	/**
	 * Refuses the caller with {@link TooManyRequests} if their quota is used up, without
	 * taking from it.
	 * @param caller who acts
	 */
	public void requireLeft(String caller) {
		Bucket bucket = bucket(caller);
		if (bucket.getAvailableTokens() < 1) {
			throw new TooManyRequests(Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
		}
	}

	/**
	 * The most actions per period.
	 * @return the capacity
	 */
	public long capacity() {
		return this.bandwidth.getCapacity();
	}

	private Bucket bucket(String caller) {
		if (this.buckets.size() > MAX_CALLERS) {
			// Bounded memory under a flood of distinct callers; a forgotten caller starts
			// afresh.
			this.buckets.clear();
		}
		return this.buckets.computeIfAbsent(caller, (key) -> Bucket.builder().addLimit(this.bandwidth).build());
	}

}
