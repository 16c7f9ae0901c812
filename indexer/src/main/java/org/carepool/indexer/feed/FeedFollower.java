package org.carepool.indexer.feed;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import org.carepool.indexer.index.IndexUnavailable;
import org.carepool.indexer.index.PeopleIndexes;
import org.carepool.indexer.index.WriteResult;
import org.carepool.indexer.registry.ChangePage;
import org.carepool.indexer.registry.RegistryClient;
import org.carepool.indexer.registry.RegistryUnavailable;
import org.carepool.indexer.state.Checkpoint;
import org.carepool.indexer.state.Checkpoints;
import org.carepool.indexer.state.Leadership;
import org.carepool.search.PeopleIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.context.LifecycleProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Follows the change feed on a thread of its own: long-polls the registry, applies each
 * batch through the write alias and checkpoints its position only after the batch is
 * applied. When the registry or Elasticsearch fails it backs off (jittered, exponential,
 * bounded) and tries the same batch again; on shutdown the batch in flight completes or
 * is abandoned before its checkpoint, to be applied again on restart.
 */
@Component
public class FeedFollower implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(FeedFollower.class);

	/** Batches at least this large are logged at info level; smaller ones at debug. */
	private static final int NOTABLE_BATCH = 100;

	/** How often a standby indexer checks whether it leads now. */
	private static final Duration STAND_BY_CHECK = Duration.ofMillis(500);

	private final RegistryClient registry;

	private final Synchronisation synchronisation;

	private final PeopleIndexes indexes;

	private final Checkpoints checkpoints;

	private final Leadership leadership;

	private final FeedProperties properties;

	private final Duration shutdownTimeout;

	private final FeedStatus status;

	private final Throughput throughput;

	private final ReentrantLock applying = new ReentrantLock();

	private final AtomicLong batches = new AtomicLong();

	private final FeedMeters meters;

	private final Clock clock;

	private volatile boolean running;

	private volatile boolean polling;

	private volatile Thread thread;

	private volatile long position = -1;

	private volatile String index;

	FeedFollower(RegistryClient registry, Synchronisation synchronisation, PeopleIndexes indexes,
			Checkpoints checkpoints, Leadership leadership, FeedProperties properties, MeterRegistry meters,
			LifecycleProperties lifecycle, Clock clock) {
		this.registry = registry;
		this.synchronisation = synchronisation;
		this.indexes = indexes;
		this.checkpoints = checkpoints;
		this.leadership = leadership;
		this.properties = properties;
		this.shutdownTimeout = lifecycle.getTimeoutPerShutdownPhase();
		this.clock = clock;
		this.status = new FeedStatus(clock);
		this.throughput = new Throughput(clock::millis);
		this.meters = new FeedMeters(meters, this.status, this.throughput);
	}

	@Override
	public void start() {
		if (!this.properties.enabled() || this.running) {
			return;
		}
		this.running = true;
		this.thread = new Thread(this::follow, "feed-follower");
		this.thread.start();
	}

	@Override
	public void stop(Runnable callback) {
		this.running = false;
		Thread follower = this.thread;
		if (follower == null) {
			callback.run();
			return;
		}
		if (this.polling) {
			// A poll is only waiting; a batch being applied is left to complete.
			follower.interrupt();
		}
		Thread waiter = new Thread(() -> {
			try {
				follower.join(this.shutdownTimeout.minusSeconds(2).toMillis());
				if (follower.isAlive()) {
					log.warn("The batch in flight did not complete in time; abandoning it before its checkpoint");
					follower.interrupt();
					follower.join(2000);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				this.status.state(FeedStatus.State.STOPPED);
				callback.run();
			}
		}, "feed-follower-stop");
		waiter.start();
	}

	@Override
	public void stop() {
		stop(() -> {
		});
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * The last position applied to the index, loaded from the checkpoint when the
	 * follower has not started.
	 * @return the position
	 */
	public long position() {
		long known = this.position;
		if (known >= 0) {
			return known;
		}
		String physical = this.indexes.current(PeopleIndex.WRITE_ALIAS).orElse("");
		return this.checkpoints.load().map((checkpoint) -> checkpoint.positionFor(physical)).orElse(0L);
	}

	/**
	 * Whether the follower follows the feed.
	 * @return {@code true} once started and until stopped
	 */
	public boolean isFollowing() {
		return this.running && this.status.state() != FeedStatus.State.STOPPED;
	}

	/**
	 * Moves the follower to another index while no batch is being applied: the work runs
	 * exclusively (typically catching the new index up and swapping the aliases), and the
	 * follower continues from the checkpoint it returns, which is saved.
	 * @param work what to do while the follower waits
	 * @return the saved checkpoint
	 */
	public Checkpoint switchIndex(Supplier<Checkpoint> work) {
		this.applying.lock();
		try {
			Checkpoint next = work.get();
			Checkpoint saved = this.checkpoints.save(next.position(), next.index());
			this.index = saved.index();
			this.position = saved.position();
			this.status.positioned(saved.position());
			return saved;
		}
		finally {
			this.applying.unlock();
		}
	}

	Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>(this.status.details());
		details.put("enabled", this.properties.enabled());
		details.put("leader", this.leadership.holds());
		details.put("holder", this.leadership.holder());
		this.leadership.lastSeen()
			.filter((lease) -> !lease.holder().equals(this.leadership.holder()))
			.ifPresent((lease) -> details.put("leaderHolder", lease.holder()));
		if (this.index != null) {
			details.put("index", this.index);
		}
		return details;
	}

	FeedStatus status() {
		return this.status;
	}

	private void follow() {
		log.info("Following the registry's change feed");
		this.status.state(FeedStatus.State.STARTING);
		while (this.running) {
			try {
				if (!this.leadership.holds()) {
					if (!standBy()) {
						break;
					}
					continue;
				}
				if (this.index == null) {
					begin();
				}
				ChangePage page = poll();
				this.status.sawHorizon(page.horizon());
				if (!page.changes().isEmpty() && this.leadership.holds()) {
					apply(page);
				}
				this.status.succeeded();
			}
			catch (RegistryUnavailable | IndexUnavailable ex) {
				if (!backOff(ex)) {
					break;
				}
			}
			catch (RuntimeException ex) {
				log.error("Unexpected failure while following the feed", ex);
				if (!backOff(ex)) {
					break;
				}
			}
		}
		this.status.state(FeedStatus.State.STOPPED);
		log.atInfo()
			.addKeyValue("position", this.position)
			.log("Stopped following the change feed at position {}", this.position);
	}

	/**
	 * Waits while another indexer leads; the position is loaded again from the checkpoint
	 * once this one leads, since the other moved it on.
	 * @return whether to go on
	 */
	private boolean standBy() {
		if (this.status.state() != FeedStatus.State.STANDING_BY) {
			log.atInfo()
				.addKeyValue("position", this.position)
				.log("Another indexer leads; standing by after position {}", this.position);
		}
		this.status.state(FeedStatus.State.STANDING_BY);
		this.applying.lock();
		try {
			this.index = null;
			this.position = -1;
		}
		finally {
			this.applying.unlock();
		}
		try {
			Thread.sleep(STAND_BY_CHECK.toMillis());
			return this.running;
		}
		catch (InterruptedException ex) {
			return false;
		}
	}

	private void begin() {
		String physical = this.indexes.ensureServing();
		long from = this.checkpoints.load().map((checkpoint) -> checkpoint.positionFor(physical)).orElse(0L);
		this.applying.lock();
		try {
			if (this.index == null) {
				this.index = physical;
				this.position = from;
			}
		}
		finally {
			this.applying.unlock();
		}
		this.status.positioned(this.position);
		log.atInfo()
			.addKeyValue("position", this.position)
			.addKeyValue("index", this.index)
			.log("Resuming the change feed after position {} into {}", this.position, this.index);
	}

	private ChangePage poll() {
		this.polling = true;
		try {
			if (!this.running) {
				throw new RegistryUnavailable("Stopping", null);
			}
			return this.registry.changes(this.position, this.properties.batchSize(), this.properties.pollWait());
		}
		finally {
			this.polling = false;
			// A stop that interrupted the poll must not interrupt the next batch.
			if (this.running) {
				Thread.interrupted();
			}
		}
	}

	private void apply(ChangePage page) {
		this.applying.lock();
		try {
			if (page.next() <= this.position) {
				// The position moved past this page meanwhile (an index switch).
				return;
			}
			long started = System.nanoTime();
			long batch = this.batches.incrementAndGet();
			WriteResult result = this.synchronisation.apply(page.latestPositionPerPerson(), PeopleIndex.WRITE_ALIAS);
			this.meters.checkpoint(() -> this.checkpoints.save(page.next(), this.index));
			this.meters.delays(page.changes(), this.clock.instant());
			this.position = page.next();
			this.status.positioned(page.next());
			this.status.applied();
			long nanos = System.nanoTime() - started;
			this.meters.applied(page.changes().size(), Duration.ofNanos(nanos));
			this.throughput.add(result.applied());
			var event = (page.changes().size() >= NOTABLE_BATCH || result.rejections().size() > 0) ? log.atInfo()
					: log.atDebug();
			event.addKeyValue("batch", batch)
				.addKeyValue("position", page.next())
				.addKeyValue("changes", page.changes().size())
				.addKeyValue("indexed", result.indexed())
				.addKeyValue("deleted", result.deleted())
				.addKeyValue("stale", result.stale())
				.addKeyValue("rejected", result.rejections().size())
				.addKeyValue("millis", nanos / 1_000_000)
				.log("Applied batch {} of {} changes up to position {} in {} ms: {} indexed, {} deleted, {} stale, {} rejected",
						batch, page.changes().size(), page.next(), nanos / 1_000_000, result.indexed(),
						result.deleted(), result.stale(), result.rejections().size());
		}
		finally {
			this.applying.unlock();
		}
	}

	private boolean backOff(RuntimeException failure) {
		if (!this.running) {
			return false;
		}
		int failures = this.status.failed(failure);
		this.meters.failed(failure);
		Duration delay = this.properties.retryBackoff().delay(failures);
		log.atWarn()
			.addKeyValue("position", this.position)
			.addKeyValue("failures", failures)
			.addKeyValue("retryInMillis", delay.toMillis())
			.log("Feed attempt failed after position {} ({} in a row), retrying in {} ms: {}", this.position, failures,
					delay.toMillis(), failure.getMessage());
		try {
			Thread.sleep(delay.toMillis());
			return this.running;
		}
		catch (InterruptedException ex) {
			return false;
		}
	}

}
