package org.carepool.indexer.feed;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;

/**
 * Documents per second over the last few seconds, counted in one-second buckets.
 */
final class Throughput {

	private static final int SECONDS = 10;

	private final AtomicLongArray counts = new AtomicLongArray(SECONDS);

	private final AtomicLongArray seconds = new AtomicLongArray(SECONDS);

	private final LongSupplier clockMillis;

	Throughput(LongSupplier clockMillis) {
		this.clockMillis = clockMillis;
	}

	void add(long documents) {
		long second = this.clockMillis.getAsLong() / 1000;
		int bucket = (int) (second % SECONDS);
		if (this.seconds.getAndSet(bucket, second) != second) {
			this.counts.set(bucket, 0);
		}
		this.counts.addAndGet(bucket, documents);
	}

	double perSecond() {
		long now = this.clockMillis.getAsLong() / 1000;
		long total = 0;
		for (int bucket = 0; bucket < SECONDS; bucket++) {
			long second = this.seconds.get(bucket);
			// The current second is still filling; count the full seconds before it.
			if (second < now && second >= now - SECONDS + 1) {
				total += this.counts.get(bucket);
			}
		}
		return total / (double) (SECONDS - 1);
	}

}
