package org.carepool.indexer.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.carepool.indexer.index.IndexUnavailable;
import org.carepool.indexer.registry.Change;
import org.carepool.indexer.registry.RegistryUnavailable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link FeedMeters}.
 */
class FeedMetersTests {

	private final Instant now = Instant.parse("2026-12-01T08:00:00Z");

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final FeedStatus status = new FeedStatus(Clock.fixed(this.now, ZoneOffset.UTC));

	private final FeedMeters meters = new FeedMeters(this.registry, this.status,
			new Throughput(() -> this.now.toEpochMilli()));

	@Test
	void gaugesWhereTheFeedStands() {
		this.status.positioned(40);
		this.status.sawHorizon(42);

		assertThat(this.registry.get("indexer.feed.position").gauge().value()).isEqualTo(40);
		assertThat(this.registry.get("indexer.feed.horizon").gauge().value()).isEqualTo(42);
		assertThat(this.registry.get("indexer.feed.lag.positions").gauge().value()).isEqualTo(2);
	}

	@Test
	void countsFailuresByCause() {
		this.meters.failed(new RegistryUnavailable("down", null));
		this.meters.failed(new RegistryUnavailable("down", null));
		this.meters.failed(new IndexUnavailable("down", null));

		assertThat(this.registry.get("indexer.feed.failures").tag("cause", "registry").counter().count()).isEqualTo(2);
		assertThat(this.registry.get("indexer.feed.failures").tag("cause", "elasticsearch").counter().count())
			.isEqualTo(1);
	}

	@Test
	void recordsBatchesAndChangeDelaysNeverNegative() {
		this.meters.applied(3, Duration.ofMillis(20));
		this.meters.delays(List.of(change(this.now.minusMillis(500)), change(this.now.plusSeconds(1)), change(null)),
				this.now);

		assertThat(this.registry.get("indexer.batch.size").summary().totalAmount()).isEqualTo(3);
		assertThat(this.registry.get("indexer.batch.latency").timer().count()).isEqualTo(1);
		assertThat(this.registry.get("indexer.change.delay").timer().count()).isEqualTo(2);
		assertThat(this.registry.get("indexer.change.delay").timer().max(TimeUnit.MILLISECONDS)).isEqualTo(500);
	}

	private static Change change(Instant recordedAt) {
		return new Change(1, Change.PERSON, "p", "upsert", recordedAt);
	}

}
