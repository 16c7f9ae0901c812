package org.carepool.indexer.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.carepool.indexer.backoff.Backoff;
import org.carepool.indexer.feed.FeedFollower;
import org.carepool.indexer.feed.Synchronisation;
import org.carepool.indexer.index.IndexProperties;
import org.carepool.indexer.index.IndexUnavailable;
import org.carepool.indexer.index.PeopleIndexes;
import org.carepool.indexer.registry.ChangePage;
import org.carepool.indexer.registry.IdRange;
import org.carepool.indexer.registry.RegistryClient;
import org.carepool.indexer.registry.RegistryUnavailable;
import org.carepool.indexer.registry.Snapshot;
import org.carepool.indexer.state.Checkpoint;
import org.carepool.indexer.state.Leadership;
import org.carepool.search.PeopleIndex;
import org.carepool.search.PersonDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the people index without downtime: a new physical index with replicas 0 and
 * refresh off is back-filled from the registry's snapshot, caught up from the snapshot's
 * feed position, given its serving settings, and swapped in behind both aliases in one
 * atomic step while the follower waits; the old index is deleted after a grace period.
 * Searches keep reading the old index until the swap.
 */
@Service
public class IndexLifecycle {

	private static final Logger log = LoggerFactory.getLogger(IndexLifecycle.class);

	private static final int CATCH_UP_BATCH = 1000;

	private final RegistryClient registry;

	private final Synchronisation synchronisation;

	private final PeopleIndexes indexes;

	private final FeedFollower follower;

	private final RebuildProperties properties;

	private final Leadership leadership;

	private final IndexProperties index;

	private final TaskScheduler scheduler;

	private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.IDLE);

	private final Clock clock;

	IndexLifecycle(RegistryClient registry, Synchronisation synchronisation, PeopleIndexes indexes,
			FeedFollower follower, Leadership leadership, RebuildProperties properties, IndexProperties index,
			TaskScheduler scheduler, Clock clock) {
		this.leadership = leadership;
		this.clock = clock;
		this.registry = registry;
		this.synchronisation = synchronisation;
		this.indexes = indexes;
		this.follower = follower;
		this.properties = properties;
		this.index = index;
		this.scheduler = scheduler;
	}

	/**
	 * Deletes what earlier rebuilds left behind, and rebuilds when the serving index was
	 * made from an older definition.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void tidyUp() {
		if (!this.leadership.holds()) {
			log.info("Another indexer leads; it tidies up and rebuilds");
			return;
		}
		try {
			this.indexes.leftovers(this.properties.oldIndexGrace()).forEach(this.indexes::delete);
			this.indexes.current(PeopleIndex.READ_ALIAS)
				.filter((serving) -> !this.indexes.isCurrentDefinition(serving))
				.ifPresent((serving) -> startRebuild("the serving index " + serving + " has an older mapping"));
		}
		catch (IndexUnavailable ex) {
			log.warn("Could not look for old people indices on start: {}", ex.getMessage());
		}
	}

	/**
	 * Starts a rebuild on a thread of its own.
	 * @param reason why, for the logs and the status
	 * @return the status of the started rebuild
	 * @throws RebuildAlreadyRunning when a rebuild runs
	 * @throws NotTheLeader when another indexer leads
	 */
	public RebuildStatus startRebuild(String reason) {
		RebuildStatus started = begin(reason);
		Thread worker = new Thread(() -> run(started), "index-rebuild");
		worker.start();
		return started;
	}

	/**
	 * Rebuilds the index on the calling thread.
	 * @param reason why, for the logs and the status
	 * @return how the rebuild ended
	 * @throws RebuildAlreadyRunning when a rebuild runs
	 * @throws NotTheLeader when another indexer leads
	 */
	public RebuildStatus rebuild(String reason) {
		return run(begin(reason));
	}

	/**
	 * The running rebuild, or how the last one ended.
	 * @return the status
	 */
	public RebuildStatus status() {
		return this.status.get();
	}

	/**
	 * Whether a rebuild runs.
	 * @return {@code true} while running
	 */
	public boolean isRebuilding() {
		return this.status.get().isRunning();
	}

	private RebuildStatus begin(String reason) {
		if (!this.leadership.holds()) {
			throw new NotTheLeader();
		}
		RebuildStatus started = new RebuildStatus("running", "creating", reason, null,
				this.indexes.current(PeopleIndex.READ_ALIAS).orElse(null), 0, 0, 0, 0, this.clock.instant(), null,
				null);
		RebuildStatus before = this.status.get();
		if (before.isRunning() || !this.status.compareAndSet(before, started)) {
			throw new RebuildAlreadyRunning();
		}
		return started;
	}

	private RebuildStatus run(RebuildStatus started) {
		Progress progress = new Progress(started);
		log.atInfo().addKeyValue("reason", started.reason()).log("Rebuilding the people index: {}", started.reason());
		try {
			String target = this.indexes.createForRebuild();
			progress.update((s) -> with(s, "back-filling", target, s.snapshotPosition(), 0, 0, 0));
			long started0 = System.nanoTime();
			long snapshotPosition = backfill(target, progress);
			double seconds = (System.nanoTime() - started0) / 1e9;
			long documents = progress.documents.get();
			progress.update((s) -> with(s, "catching-up", target, snapshotPosition, 0, documents, seconds));
			log.atInfo()
				.addKeyValue("index", target)
				.addKeyValue("documents", documents)
				.addKeyValue("position", snapshotPosition)
				.log("Back-filled {} documents into {} in {} s; catching up after position {}", documents, target,
						String.format("%.1f", seconds), snapshotPosition);
			long caughtUp = catchUp(target, snapshotPosition);
			this.indexes.prepareToServe(target);
			progress.update((s) -> with(s, "swapping", target, snapshotPosition, caughtUp, documents, seconds));
			Set<String> previous = new TreeSet<>();
			Checkpoint switched = this.follower.switchIndex(() -> {
				long position = catchUp(target, caughtUp);
				this.indexes.refresh(target);
				previous.addAll(this.indexes.swapAliases(target));
				return new Checkpoint(position, target, this.clock.instant());
			});
			previous.forEach(this::deleteLater);
			RebuildStatus done = progress.update((s) -> new RebuildStatus("succeeded", "done", s.reason(), target,
					String.join(",", previous), snapshotPosition, switched.position(), documents, seconds,
					s.startedAt(), this.clock.instant(), null));
			log.atInfo()
				.addKeyValue("index", target)
				.addKeyValue("position", switched.position())
				.log("Rebuilt the people index into {} ({} documents, caught up to position {}, {} documents/s)",
						target, documents, switched.position(), String.format("%.0f", done.documentsPerSecond()));
			return done;
		}
		catch (RuntimeException ex) {
			log.error("The rebuild failed; the serving index is unchanged", ex);
			RebuildStatus failed = progress.update((s) -> new RebuildStatus("failed", s.phase(), s.reason(), s.index(),
					s.previous(), s.snapshotPosition(), s.caughtUpTo(), progress.documents.get(), s.backfillSeconds(),
					s.startedAt(), this.clock.instant(), ex.getClass().getSimpleName() + ": " + ex.getMessage()));
			if (failed.index() != null) {
				try {
					this.indexes.delete(failed.index());
				}
				catch (IndexUnavailable cleanup) {
					log.warn("Could not delete the unfinished index {}: {}", failed.index(), cleanup.getMessage());
				}
			}
			return failed;
		}
	}

	/**
	 * Reads the snapshot in {@link RebuildProperties#readers()} ranges of ids at once,
	 * page by page, and writes each page while the next ones are read, with as many
	 * writes in flight as the writer allows.
	 * @return the feed position to catch up from: the lowest of the pages'
	 */
	private long backfill(String target, Progress progress) {
		int writers = this.index.maxInFlight();
		List<IdRange> ranges = IdRange.split(this.properties.readers());
		ExecutorService readers = Executors.newFixedThreadPool(ranges.size(),
				(task) -> new Thread(task, "rebuild-reader"));
		ExecutorService pool = Executors.newFixedThreadPool(writers, (task) -> new Thread(task, "rebuild-writer"));
		Semaphore slots = new Semaphore(writers);
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		AtomicLong from = new AtomicLong(Long.MAX_VALUE);
		try {
			List<Future<?>> reading = new ArrayList<>();
			for (IdRange range : ranges) {
				reading.add(readers.submit(() -> {
					try {
						read(range, (page, position) -> {
							from.accumulateAndGet(position, Math::min);
							acquire(slots);
							throwIfFailed(failure);
							pool.execute(() -> write(target, page, position, progress, slots, failure));
						});
					}
					catch (RuntimeException ex) {
						failure.compareAndSet(null, ex);
					}
				}));
			}
			for (Future<?> range : reading) {
				awaitQuietly(range);
			}
			throwIfFailed(failure);
			acquire(slots, writers);
			throwIfFailed(failure);
			return from.get();
		}
		finally {
			readers.shutdownNow();
			pool.shutdownNow();
		}
	}

	/**
	 * Reads one range of the snapshot page by page, handing each page on.
	 */
	private void read(IdRange range, BiConsumer<List<PersonDocument>, Long> pages) {
		String after = null;
		do {
			String cursor = after;
			Snapshot page = retrying("read the snapshot",
					() -> this.registry.snapshot(range, cursor, this.properties.pageSize()));
			pages.accept(page.documents(), page.position());
			after = page.next();
		}
		while (after != null);
	}

	private void write(String target, List<PersonDocument> documents, long position, Progress progress, Semaphore slots,
			AtomicReference<RuntimeException> failure) {
		try {
			this.synchronisation.write(target, documents, Map.of(), position);
			long total = progress.documents.addAndGet(documents.size());
			progress.update((s) -> with(s, s.phase(), s.index(), s.snapshotPosition(), 0, total, 0));
		}
		catch (RuntimeException ex) {
			failure.compareAndSet(null, ex);
		}
		finally {
			slots.release();
		}
	}

	private static void awaitQuietly(Future<?> task) {
		try {
			task.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IndexUnavailable("Interrupted while rebuilding", ex);
		}
		catch (ExecutionException ex) {
			// Each reader records its own failure.
		}
	}

	/**
	 * Applies every change after a position to the target index.
	 * @return the position it is caught up to
	 */
	private long catchUp(String target, long after) {
		long position = after;
		while (true) {
			long cursor = position;
			ChangePage page = retrying("read the change feed",
					() -> this.registry.changes(cursor, CATCH_UP_BATCH, Duration.ZERO));
			if (page.changes().isEmpty()) {
				return position;
			}
			retrying("fetch documents", () -> this.synchronisation.apply(page.latestPositionPerPerson(), target));
			position = page.next();
		}
	}

	private <T> T retrying(String what, Supplier<T> call) {
		Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(10));
		for (int attempt = 1;; attempt++) {
			try {
				return call.get();
			}
			catch (RegistryUnavailable | IndexUnavailable ex) {
				if (attempt >= this.properties.attempts()) {
					throw ex;
				}
				log.warn("Rebuild could not {} (attempt {}): {}", what, attempt, ex.getMessage());
				try {
					backoff.pause(attempt);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
	}

	private void deleteLater(String old) {
		Instant when = this.clock.instant().plus(this.properties.oldIndexGrace());
		this.scheduler.schedule(() -> {
			try {
				this.indexes.delete(old);
			}
			catch (IndexUnavailable ex) {
				log.warn("Could not delete the replaced index {}; the next start will: {}", old, ex.getMessage());
			}
		}, when);
		log.atInfo().addKeyValue("index", old).log("The replaced index {} will be deleted at {}", old, when);
	}

	private static void acquire(Semaphore slots) {
		acquire(slots, 1);
	}

	private static void acquire(Semaphore slots, int permits) {
		try {
			slots.acquire(permits);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IndexUnavailable("Interrupted while rebuilding", ex);
		}
	}

	private static void throwIfFailed(AtomicReference<RuntimeException> failure) {
		RuntimeException failed = failure.get();
		if (failed != null) {
			throw failed;
		}
	}

	private static RebuildStatus with(RebuildStatus status, String phase, String index, long snapshotPosition,
			long caughtUpTo, long documents, double seconds) {
		return new RebuildStatus(status.state(), phase, status.reason(), index, status.previous(), snapshotPosition,
				caughtUpTo, documents, seconds, status.startedAt(), null, null);
	}

	/**
	 * The status of the running rebuild, updated as it goes.
	 */
	private final class Progress {

		private final AtomicLong documents = new AtomicLong();

		private volatile RebuildStatus current;

		Progress(RebuildStatus started) {
			this.current = started;
		}

		synchronized RebuildStatus update(java.util.function.UnaryOperator<RebuildStatus> change) {
			this.current = change.apply(this.current);
			IndexLifecycle.this.status.set(this.current);
			return this.current;
		}

	}

}
