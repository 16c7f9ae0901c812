package org.carepool.indexer.state;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.carepool.indexer.lifecycle.IndexLifecycle;
import org.carepool.indexer.testing.IndexerProcess;
import org.carepool.indexer.testing.RunningIndexer;
import org.carepool.indexer.testing.RunningRegistry;
import org.carepool.indexer.testing.SearchIndex;
import org.carepool.local.elasticsearch.LocalElasticsearch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link Leadership}: of two indexers, one follows the feed and the other
 * stands by, refusing to rebuild, until the leader stops; then it takes over.
 */
class LeadershipTests {

	private static final Duration SEARCHABLE = Duration.ofSeconds(30);

	private static final Duration CATCH_UP = Duration.ofMinutes(3);

	private final RunningRegistry registry = RunningRegistry.shared();

	private final SearchIndex index = SearchIndex.on(LocalElasticsearch.shared());

	@Test
	void oneIndexerLeadsAndAStandbyTakesOverWhenItStops() {
		RunningIndexer first = RunningIndexer.start(this.registry, LocalElasticsearch.shared(), Map.of());
		long horizon = this.registry.horizon();
		await().atMost(CATCH_UP).until(() -> first.position() >= horizon);
		Map<String, String> rebuildOnStart = new HashMap<>();
		rebuildOnStart.put("rebuild", null);
		try (RunningIndexer second = RunningIndexer.start(this.registry, LocalElasticsearch.shared(), rebuildOnStart)) {
			try {
				assertThat(feed(first).path("leader").asBoolean()).isTrue();
				await().atMost(Duration.ofSeconds(10))
					.until(() -> feed(second).path("state").asText().equals("standing-by"));
				JsonNode standby = feed(second);
				assertThat(standby.path("leader").asBoolean()).isFalse();
				assertThat(standby.path("leaderHolder").asText()).isEqualTo(first.bean(Leadership.class).holder());
				assertThat(standby.path("lagPositions").asLong()).as("the leader reports the lag").isZero();
				assertThat(second.bean(IndexLifecycle.class).status().state()).as("no rebuild on a standby")
					.isEqualTo("idle");
				assertThat(second.asAdministrator("POST", "/admin/rebuild").statusCode()).isEqualTo(409);
				assertThat(second.reconcile(true).path("state").asText()).isEqualTo("skipped");
				String whileFirstLeads = this.registry.people().register("领先者");
				await().atMost(SEARCHABLE).until(() -> this.index.searchableVersion(whileFirstLeads).isPresent());
			}
			finally {
				first.close();
			}
			await().atMost(Duration.ofSeconds(10)).until(() -> feed(second).path("leader").asBoolean());
			String afterTakeOver = this.registry.people().register("接任者");
			await().atMost(SEARCHABLE).until(() -> this.index.searchableVersion(afterTakeOver).isPresent());
			assertThat(feed(second).path("state").asText()).isEqualTo("following");
		}
	}

	@Test
	void theLeaseOfAKilledLeaderIsTakenOverOnceItRunsOut() {
		IndexerProcess killed = IndexerProcess.start(this.registry, LocalElasticsearch.shared());
		try {
			await().atMost(Duration.ofSeconds(60))
				.until(() -> SearchIndex.read(killed.call("GET", "/actuator/health"))
					.at("/components/feed/details/leader")
					.asBoolean());
		}
		finally {
			killed.kill();
		}
		try (RunningIndexer taker = RunningIndexer.start(this.registry, LocalElasticsearch.shared(), Map.of())) {
			Leadership leadership = taker.bean(Leadership.class);
			await().atMost(Duration.ofSeconds(15)).until(leadership::holds);
			long horizon = this.registry.horizon();
			await().atMost(CATCH_UP).until(() -> taker.position() >= horizon);
			String afterTakeOver = this.registry.people().register("接替者");
			await().atMost(SEARCHABLE).until(() -> this.index.searchableVersion(afterTakeOver).isPresent());
		}
	}

	private static JsonNode feed(RunningIndexer indexer) {
		return SearchIndex.read(indexer.call("GET", "/actuator/health")).at("/components/feed/details");
	}

}
