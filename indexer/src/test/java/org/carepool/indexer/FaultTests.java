package org.carepool.indexer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import org.carepool.indexer.feed.Synchronisation;
import org.carepool.indexer.index.PeopleWriter;
import org.carepool.indexer.registry.Change;
import org.carepool.indexer.registry.RegistryClient;
import org.carepool.indexer.testing.IndexerProcess;
import org.carepool.indexer.testing.RegistryPeople;
import org.carepool.indexer.testing.RunningIndexer;
import org.carepool.indexer.testing.RunningRegistry;
import org.carepool.indexer.testing.SearchIndex;
import org.carepool.local.server.TcpProxy;
import org.carepool.local.elasticsearch.LocalElasticsearch;
import org.carepool.local.elasticsearch.LocalElasticsearch.Account;
import org.carepool.search.PeopleIndex;
import org.carepool.search.PersonDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link IndexerApplication} under faults, on the real servers: each scenario
 * ends with a reconciliation that finds no missing, stale or resurrected document.
 */
class FaultTests {

	private static final Duration CATCH_UP = Duration.ofMinutes(3);

	private final RunningRegistry registry = RunningRegistry.shared();

	private final SearchIndex index = SearchIndex.on(LocalElasticsearch.shared());

	@Test
	void recoversWhenElasticsearchStopsInTheMiddleOfABacklog() {
		// Elasticsearch goes away as the indexer sees a stopped server: its connections
		// are reset and new ones refused, then it answers again on the same address.
		this.index.reset();
		long backlog = this.registry.horizon();
		assertThat(backlog).isGreaterThanOrEqualTo(RegistryPeople.SYNTHETIC);
		try (TcpProxy elasticsearch = TcpProxy.start(LocalElasticsearch.shared().uri());
				RunningIndexer indexer = RunningIndexer.start(this.registry, LocalElasticsearch.shared(),
						Map.of("spring.elasticsearch.uris", elasticsearch.uri().toString(), "indexer.index.attempts",
								"3", "indexer.feed.batch-size", Integer.toString(RegistryPeople.SMALL_BATCH)))) {
			// Cut it off as soon as the first batch is in.
			await().atMost(CATCH_UP).until(() -> indexer.position() > 0);
			// Read while Elasticsearch answers: the position names the index behind the
			// write alias, and nothing is applied while it is cut off.
			long cutAt = indexer.position();
			elasticsearch.cut();
			await().atMost(Duration.ofSeconds(60))
				.until(() -> SearchIndex.read(indexer.asAdministrator("GET", "/actuator/health"))
					.at("/components/feed/details/consecutiveFailures")
					.asInt() > 0);
			assertThat(cutAt).as("stopped in the middle of the backlog").isLessThan(backlog);
			elasticsearch.restore();
			long horizon = this.registry.horizon();
			await().atMost(CATCH_UP).until(() -> indexer.position() >= horizon);
			this.index.refresh();
			assertNoDifferences(indexer);
		}
	}

	@Test
	void recoversWhenTheIndexerIsKilledInTheMiddleOfABulk() {
		this.index.reset();
		long backlog = this.registry.horizon();
		assertThat(backlog).isGreaterThanOrEqualTo(RegistryPeople.SYNTHETIC);
		IndexerProcess killed = IndexerProcess.start(this.registry, LocalElasticsearch.shared(),
				Map.of("indexer.feed.batch-size", Integer.toString(RegistryPeople.SMALL_BATCH)));
		// Several batches in, far from the end.
		await().atMost(CATCH_UP).until(() -> {
			this.index.refresh();
			return this.index.searchableCount() > backlog * 3 / 20;
		});
		killed.kill();
		long saved = this.index.checkpoint().map((checkpoint) -> checkpoint.get("position").asLong()).orElse(0L);
		assertThat(saved).as("killed in the middle of the backlog").isLessThan(backlog);
		try (RunningIndexer restarted = RunningIndexer.start(this.registry, LocalElasticsearch.shared(), Map.of())) {
			long horizon = this.registry.horizon();
			await().atMost(CATCH_UP).until(() -> restarted.position() >= horizon);
			assertNoDifferences(restarted);
		}
	}

	@Test
	void backsOffWithoutBusyLoopingWhileTheRegistryIsUnreachable() {
		// The registry goes away as the indexer sees a stopped server: its connections
		// are reset and new ones refused, then it answers again on the same address.
		try (TcpProxy registry = TcpProxy.start(this.registry.uri());
				RunningIndexer indexer = RunningIndexer.start(this.registry, LocalElasticsearch.shared(),
						Map.of("indexer.registry.uri", registry.uri().toString()))) {
			long horizon = this.registry.horizon();
			await().atMost(CATCH_UP).until(() -> indexer.position() >= horizon);
			MeterRegistry meters = indexer.bean(MeterRegistry.class);
			registry.cut();
			try {
				await().pollDelay(Duration.ofSeconds(10)).atMost(Duration.ofSeconds(11)).until(() -> true);
				double attempts = meters.get("indexer.feed.failures").tag("cause", "registry").counter().count();
				assertThat(attempts).as("failed attempts in 10 s").isBetween(2.0, 15.0);
				JsonNode feed = SearchIndex.read(indexer.asAdministrator("GET", "/actuator/health"))
					.at("/components/feed/details");
				assertThat(feed.path("state").asText()).isEqualTo("backing-off");
			}
			finally {
				registry.restore();
			}
			String id = this.registry.people().register("恢复后");
			await().atMost(Duration.ofSeconds(30)).until(() -> this.index.searchableVersion(id).isPresent());
			assertNoDifferences(indexer);
		}
	}

	@Test
	void neverRegressesADocumentWhenChangesArriveShuffledAndTwice() {
		try (RunningIndexer indexer = RunningIndexer.start(this.registry, LocalElasticsearch.shared(), Map.of())) {
			long start = this.registry.horizon();
			List<String> people = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				String id = this.registry.people().register("乱序" + i);
				this.registry.people().rename(id, "乱序" + i + "甲");
				this.registry.people().rename(id, "乱序" + i + "乙");
				people.add(id);
			}
			this.registry.people().erase(people.get(0));
			long horizon = this.registry.horizon();
			await().atMost(CATCH_UP).until(() -> indexer.position() >= horizon);
			RegistryClient client = indexer.bean(RegistryClient.class);
			List<Change> changes = new ArrayList<>(client.changes(start, 1000, Duration.ZERO).changes());
			changes.addAll(List.copyOf(changes));
			Collections.shuffle(changes, new Random(7));
			Synchronisation synchronisation = indexer.bean(Synchronisation.class);
			for (Change change : changes) {
				synchronisation.apply(Map.of(change.id(), change.position()), PeopleIndex.WRITE_ALIAS);
			}
			// Old payloads written straight to the index are refused as stale, too.
			PersonDocument current = client.documents(List.of(people.get(1))).documents().get(0);
			List<PersonDocument> older = new ArrayList<>();
			for (long version = current.version() - 3; version <= current.version(); version++) {
				older.add(current.withVersion(version));
			}
			older.addAll(List.copyOf(older));
			Collections.shuffle(older, new Random(11));
			for (PersonDocument document : older) {
				indexer.bean(PeopleWriter.class).write(PeopleIndex.WRITE_ALIAS, List.of(document), Map.of());
			}
			this.index.refresh();
			assertThat(this.index.searchableVersion(people.get(0))).isEmpty();
			assertThat(this.index.searchableVersion(people.get(1))).contains(current.version());
			assertNoDifferences(indexer);
		}
	}

	@Test
	void keepsADeletedPersonGoneWhenAStaleChangeIsReplayedAfterTheTombstoneExpired() {
		try (RunningIndexer indexer = RunningIndexer.start(this.registry, LocalElasticsearch.shared(), Map.of())) {
			long horizon = this.registry.horizon();
			await().atMost(CATCH_UP).until(() -> indexer.position() >= horizon);
			String physical = this.index.behind("people-write").get(0);
			this.index.send(Account.ADMIN, "PUT", "/" + physical + "/_settings",
					"{\"index\": {\"gc_deletes\": \"1s\"}}");
			try {
				String id = this.registry.people().register("删除后");
				await().atMost(Duration.ofSeconds(15)).until(() -> this.index.searchableVersion(id).isPresent());
				long upserted = this.index.searchableVersion(id).orElseThrow();
				this.registry.people().erase(id);
				await().atMost(Duration.ofSeconds(15)).until(() -> this.index.searchableVersion(id).isEmpty());
				await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> true);
				this.index.refresh();
				// The stale change, replayed: the indexer fetches the current state,
				// not the old payload.
				indexer.bean(Synchronisation.class).apply(Map.of(id, upserted), PeopleIndex.WRITE_ALIAS);
				this.index.refresh();
				assertThat(this.index.searchableVersion(id)).isEmpty();
				assertNoDifferences(indexer);
			}
			finally {
				this.index.send(Account.ADMIN, "PUT", "/" + physical + "/_settings",
						"{\"index\": {\"gc_deletes\": null}}");
			}
		}
	}

	private static void assertNoDifferences(RunningIndexer indexer) {
		JsonNode report = indexer.reconcile(false);
		assertThat(report.path("state").asText()).as(report.toString()).isEqualTo("completed");
		assertThat(report.path("missing").asInt()).as("missing: " + report).isZero();
		assertThat(report.path("stale").asInt()).as("stale: " + report).isZero();
		assertThat(report.path("orphaned").asInt()).as("orphaned (resurrected): " + report).isZero();
		assertThat(report.path("indexDocuments").asLong()).isEqualTo(report.path("registryDocuments").asLong());
	}

}
