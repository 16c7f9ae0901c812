package org.carepool.indexer.backoff;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Backoff}.
 */
class BackoffTests {

	private final Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(30));

	@Test
	void doublesTheWaitWithEveryFailureUpToItsBound() {
		assertThat(this.backoff.ceiling(1)).isEqualTo(Duration.ofMillis(200));
		assertThat(this.backoff.ceiling(2)).isEqualTo(Duration.ofMillis(400));
		assertThat(this.backoff.ceiling(5)).isEqualTo(Duration.ofMillis(3200));
		assertThat(this.backoff.ceiling(100)).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void jittersBetweenHalfTheBoundAndTheBound() {
		for (int i = 0; i < 1000; i++) {
			assertThat(this.backoff.delay(4)).isBetween(Duration.ofMillis(800), Duration.ofMillis(1600));
		}
	}

	@Test
	void spreadsTheWaitsOfManyRetries() {
		long distinct = java.util.stream.IntStream.range(0, 100)
			.mapToObj((i) -> this.backoff.delay(6))
			.distinct()
			.count();
		assertThat(distinct).isGreaterThan(10);
	}

}
