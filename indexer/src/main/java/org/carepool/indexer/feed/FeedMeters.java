package org.carepool.indexer.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.carepool.indexer.registry.Change;
import org.carepool.indexer.registry.RegistryUnavailable;

/**
 * The follower's meters: where the feed stands, how batches go and how long changes take
 * to reach the index.
 */
class FeedMeters {

	private final DistributionSummary batchSize;

	private final Timer batchLatency;

	private final Timer checkpointLatency;

	private final Timer changeDelay;

	private final Counter registryFailures;

	private final Counter indexFailures;

	FeedMeters(MeterRegistry meters, FeedStatus status, Throughput throughput) {
		Gauge.builder("indexer.feed.position", status, FeedStatus::position)
			.description("The last feed position applied to the index")
			.register(meters);
		Gauge.builder("indexer.feed.horizon", status, FeedStatus::horizon)
			.description("The newest feed position the registry reported")
			.register(meters);
		Gauge.builder("indexer.feed.lag.positions", status, FeedStatus::lagPositions)
			.description("How many feed positions the index is behind the registry")
			.register(meters);
		Gauge.builder("indexer.feed.lag.seconds", status, FeedStatus::lagSeconds)
			.description("How long the index has been behind the registry")
			.baseUnit("seconds")
			.register(meters);
		Gauge.builder("indexer.documents.rate", throughput, Throughput::perSecond)
			.description("Documents written or deleted per second over the last seconds")
			.baseUnit("documents/s")
			.register(meters);
		this.batchSize = DistributionSummary.builder("indexer.batch.size")
			.description("Changes in one applied batch")
			.baseUnit("changes")
			.register(meters);
		this.batchLatency = Timer.builder("indexer.batch.latency")
			.description("Time to fetch and write one batch")
			.register(meters);
		this.checkpointLatency = Timer.builder("indexer.checkpoint.latency")
			.description("Time to save the feed position after a batch")
			.register(meters);
		this.changeDelay = Timer.builder("indexer.change.delay")
			.description("From the registry recording a change to the change applied to the index"
					+ " (searchable after the next refresh)")
			.register(meters);
		this.registryFailures = Counter.builder("indexer.feed.failures")
			.tag("cause", "registry")
			.description("Failed attempts to read the feed or fetch documents")
			.register(meters);
		this.indexFailures = Counter.builder("indexer.feed.failures")
			.tag("cause", "elasticsearch")
			.description("Failed attempts to apply a batch to Elasticsearch")
			.register(meters);
	}

	<T> T checkpoint(Supplier<T> save) {
		return this.checkpointLatency.record(save);
	}

	void applied(int changes, Duration took) {
		this.batchSize.record(changes);
		this.batchLatency.record(took);
	}

	void delays(List<Change> changes, Instant now) {
		for (Change change : changes) {
			if (change.recordedAt() != null) {
				Duration delay = Duration.between(change.recordedAt(), now);
				// Another host's clock may run ahead.
				this.changeDelay.record(delay.isNegative() ? Duration.ZERO : delay);
			}
		}
	}

	void failed(RuntimeException failure) {
		((failure instanceof RegistryUnavailable) ? this.registryFailures : this.indexFailures).increment();
	}

}
