package org.carepool.indexer.reconciliation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.carepool.indexer.feed.FeedFollower;
import org.carepool.indexer.feed.Synchronisation;
import org.carepool.indexer.index.IndexUnavailable;
import org.carepool.indexer.index.IndexedVersions;
import org.carepool.indexer.index.IndexedVersions.IndexedVersion;
import org.carepool.indexer.index.PeopleIndexes;
import org.carepool.indexer.index.WriteResult;
import org.carepool.indexer.lifecycle.IndexLifecycle;
import org.carepool.indexer.registry.RegistryClient;
import org.carepool.indexer.registry.RegistryUnavailable;
import org.carepool.indexer.registry.SearchDocuments;
import org.carepool.indexer.registry.Snapshot;
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
 * Compares every id and version of the registry's snapshot with what the index behind the
 * read alias holds, in one ordered pass over both (memory does not grow with the pool).
 * Since the follower keeps writing meanwhile, every difference of that pass is only a
 * suspect: each is checked again once the follower has applied every change the registry
 * had, and only the differences the index cannot explain by lag are reported — and
 * repaired on request by bringing those people up to date.
 */
@Service
public class Reconciliation {

	private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

	private static final int CHUNK = 1000;

	private final RegistryClient registry;

	private final IndexedVersions versions;

	private final PeopleIndexes indexes;

	private final Synchronisation synchronisation;

	private final FeedFollower follower;

	private final IndexLifecycle lifecycle;

	private final Leadership leadership;

	private final ReconciliationProperties properties;

	private final TaskScheduler scheduler;

	private final AtomicBoolean running = new AtomicBoolean();

	private final AtomicReference<ReconciliationReport> last = new AtomicReference<>();

	private final Clock clock;

	Reconciliation(RegistryClient registry, IndexedVersions versions, PeopleIndexes indexes,
			Synchronisation synchronisation, FeedFollower follower, IndexLifecycle lifecycle, Leadership leadership,
			ReconciliationProperties properties, TaskScheduler scheduler, MeterRegistry meters, Clock clock) {
		this.leadership = leadership;
		this.clock = clock;
		this.registry = registry;
		this.versions = versions;
		this.indexes = indexes;
		this.synchronisation = synchronisation;
		this.follower = follower;
		this.lifecycle = lifecycle;
		this.properties = properties;
		this.scheduler = scheduler;
		for (String kind : List.of("missing", "stale", "orphaned")) {
			Gauge.builder("indexer.reconciliation.differences", this.last, (report) -> count(report.get(), kind))
				.tag("kind", kind)
				.description("Differences the last reconciliation found")
				.register(meters);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void schedule() {
		if (this.properties.interval().isZero() || this.properties.interval().isNegative()) {
			return;
		}
		this.scheduler.scheduleWithFixedDelay(() -> {
			if (this.leadership.holds()) {
				reconcile(this.properties.repair());
			}
		}, this.clock.instant().plus(this.properties.initialDelay()), this.properties.interval());
	}

	/**
	 * The last reconciliation's report.
	 * @return the report, or {@code null} before the first
	 */
	public ReconciliationReport lastReport() {
		return this.last.get();
	}

	/**
	 * Reconciles the index with the registry now.
	 * @param repair whether to repair the differences found
	 * @return the report
	 */
	public ReconciliationReport reconcile(boolean repair) {
		Instant started = this.clock.instant();
		if (this.lifecycle.isRebuilding()) {
			return skipped(started, "a rebuild is running");
		}
		if (repair && !this.leadership.holds()) {
			return skipped(started, "another indexer leads and repairs");
		}
		if (!this.running.compareAndSet(false, true)) {
			return skipped(started, "a reconciliation is running");
		}
		try {
			ReconciliationReport report = compare(started, repair);
			this.last.set(report);
			log.atInfo()
				.addKeyValue("missing", report.missing())
				.addKeyValue("stale", report.stale())
				.addKeyValue("orphaned", report.orphaned())
				.addKeyValue("repaired", report.repaired())
				.log("Reconciled {} registry documents with {} indexed: {} missing, {} stale, {} orphaned, {} repaired",
						report.registryDocuments(), report.indexDocuments(), report.missing(), report.stale(),
						report.orphaned(), report.repaired());
			return report;
		}
		catch (RegistryUnavailable | IndexUnavailable ex) {
			log.warn("Reconciliation failed: {}", ex.getMessage());
			ReconciliationReport failed = new ReconciliationReport("failed", 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(),
					List.of(), started, this.clock.instant(), ex.getMessage());
			this.last.set(failed);
			return failed;
		}
		finally {
			this.running.set(false);
		}
	}

	private ReconciliationReport compare(Instant started, boolean repair) {
		Set<String> suspects = new LinkedHashSet<>();
		// Documents written in the last second are compared too, not reported as missing.
		this.indexes.refresh(PeopleIndex.READ_ALIAS);
		Iterator<IndexedVersion> indexed = this.versions.inIdOrder(PeopleIndex.READ_ALIAS);
		IndexedVersion current = indexed.hasNext() ? indexed.next() : null;
		long registryDocuments = 0;
		long indexDocuments = 0;
		String after = null;
		do {
			Snapshot page = this.registry.snapshot(after, this.properties.pageSize());
			for (PersonDocument document : page.documents()) {
				registryDocuments++;
				while (current != null && current.id().compareTo(document.id()) < 0) {
					suspects.add(current.id());
					indexDocuments++;
					current = indexed.hasNext() ? indexed.next() : null;
				}
				if (current != null && current.id().equals(document.id())) {
					indexDocuments++;
					if (current.version() < document.version()) {
						suspects.add(document.id());
					}
					current = indexed.hasNext() ? indexed.next() : null;
				}
				else {
					suspects.add(document.id());
				}
			}
			after = page.next();
		}
		while (after != null);
		while (current != null) {
			suspects.add(current.id());
			indexDocuments++;
			current = indexed.hasNext() ? indexed.next() : null;
		}
		Differences differences = verify(new ArrayList<>(suspects));
		int repaired = 0;
		if (repair && differences.count() > 0) {
			repaired = repair(differences);
		}
		int examples = this.properties.examples();
		return new ReconciliationReport("completed", registryDocuments, indexDocuments, suspects.size(),
				differences.missing.size(), differences.stale.size(), differences.orphaned.size(), repaired,
				first(differences.missing, examples), first(differences.stale, examples),
				first(differences.orphaned, examples), started, this.clock.instant(), differences.note);
	}

	/**
	 * Checks suspects again once the follower has applied every change the registry had
	 * when their current state was read: a document older than that state is stale, an
	 * absent one whose person did not change since is missing, and one the registry says
	 * is gone is orphaned when it is no newer than the horizon before that read.
	 */
	private Differences verify(List<String> suspects) {
		Differences differences = new Differences();
		if (suspects.isEmpty()) {
			return differences;
		}
		long before = this.registry.horizon();
		Map<String, Long> registryVersions = new HashMap<>();
		Set<String> gone = new LinkedHashSet<>();
		read(suspects, registryVersions, gone);
		long horizon = this.registry.horizon();
		if (!awaitFollower(horizon)) {
			differences.note = "the follower had not reached position " + horizon + "; some differences may be lag";
		}
		Map<String, Long> indexedVersions = new HashMap<>();
		for (int from = 0; from < suspects.size(); from += CHUNK) {
			indexedVersions.putAll(this.versions.versions(PeopleIndex.READ_ALIAS,
					suspects.subList(from, Math.min(suspects.size(), from + CHUNK))));
		}
		List<String> absent = new ArrayList<>();
		registryVersions.forEach((id, version) -> {
			Long held = indexedVersions.get(id);
			if (held == null) {
				absent.add(id);
			}
			else if (held < version) {
				differences.stale.add(id);
			}
		});
		for (String id : gone) {
			Long held = indexedVersions.get(id);
			if (held != null && held <= before) {
				differences.orphaned.add(id);
			}
		}
		if (!absent.isEmpty()) {
			Map<String, Long> again = new HashMap<>();
			read(absent, again, new LinkedHashSet<>());
			for (String id : absent) {
				if (registryVersions.get(id).equals(again.get(id))) {
					differences.missing.add(id);
				}
			}
		}
		differences.missing.sort(null);
		differences.stale.sort(null);
		differences.orphaned.sort(null);
		return differences;
	}

	private void read(List<String> ids, Map<String, Long> versions, Set<String> gone) {
		for (int from = 0; from < ids.size(); from += CHUNK) {
			SearchDocuments current = this.registry.documents(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
			current.documents().forEach((document) -> versions.put(document.id(), document.version()));
			gone.addAll(current.gone());
		}
	}

	private boolean awaitFollower(long horizon) {
		if (!this.follower.isFollowing()) {
			return this.follower.position() >= horizon;
		}
		Instant deadline = this.clock.instant().plus(this.properties.settleTimeout());
		while (this.follower.position() < horizon) {
			if (this.clock.instant().isAfter(deadline)) {
				return false;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	private int repair(Differences differences) {
		long horizon = this.registry.horizon();
		Map<String, Long> positions = new HashMap<>();
		differences.missing.forEach((id) -> positions.put(id, horizon));
		differences.stale.forEach((id) -> positions.put(id, horizon));
		differences.orphaned.forEach((id) -> positions.put(id, horizon));
		WriteResult result = this.synchronisation.apply(positions, PeopleIndex.WRITE_ALIAS);
		log.atInfo()
			.addKeyValue("repaired", result.applied())
			.log("Repaired {} differences ({} indexed, {} deleted)", result.applied(), result.indexed(),
					result.deleted());
		return result.applied();
	}

	private ReconciliationReport skipped(Instant started, String why) {
		return new ReconciliationReport("skipped", 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(), List.of(), started,
				this.clock.instant(), why);
	}

	private static List<String> first(List<String> ids, int count) {
		return List.copyOf(ids.subList(0, Math.min(count, ids.size())));
	}

	private static double count(ReconciliationReport report, String kind) {
		if (report == null) {
			return 0;
		}
		return switch (kind) {
			case "missing" -> report.missing();
			case "stale" -> report.stale();
			default -> report.orphaned();
		};
	}

	/**
	 * The confirmed differences.
	 */
	private static final class Differences {

		private final List<String> missing = new ArrayList<>();

		private final List<String> stale = new ArrayList<>();

		private final List<String> orphaned = new ArrayList<>();

		private String note;

		int count() {
			return this.missing.size() + this.stale.size() + this.orphaned.size();
		}

	}

}
