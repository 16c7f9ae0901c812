package org.carepool.indexer.reconciliation;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.carepool.indexer.testing.RunningIndexer;
import org.carepool.indexer.testing.RunningRegistry;
import org.carepool.indexer.testing.SearchIndex;
import org.carepool.local.elasticsearch.LocalElasticsearch;
import org.carepool.local.elasticsearch.LocalElasticsearch.Account;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link Reconciliation} on the real servers: differences are made by changing
 * the registry while the indexer does not follow it, and by writing to the index behind
 * its back.
 */
class ReconciliationTests {

	private final RunningRegistry registry = RunningRegistry.shared();

	private final SearchIndex index = SearchIndex.on(LocalElasticsearch.shared());

	@Test
	void reportsMissingStaleAndOrphanedDocumentsAndRepairsThem() {
		String renamed = this.registry.people().register("周杰");
		String erased = this.registry.people().register("吴敏");
		try (RunningIndexer following = RunningIndexer.start(this.registry, LocalElasticsearch.shared(), Map.of())) {
			long horizon = this.registry.horizon();
			await().atMost(Duration.ofMinutes(2)).until(() -> following.position() >= horizon);
		}
		// While no indexer follows the feed:
		String added = this.registry.people().register("郑爽");
		this.registry.people().rename(renamed, "周杰伦");
		this.registry.people().erase(erased);
		String stray = UUID.randomUUID().toString();
		String physical = this.index.behind("people-write").get(0);
		assertThat(this.index
			.send(Account.ADMIN, "PUT", "/" + physical + "/_doc/" + stray + "?refresh=true",
					"{\"id\": \"" + stray + "\", \"version\": 1, \"name\": \"不存在\"}")
			.statusCode()).isEqualTo(201);
		try (RunningIndexer idle = RunningIndexer.start(this.registry, LocalElasticsearch.shared(),
				Map.of("indexer.feed.enabled", "false"))) {
			JsonNode report = idle.reconcile(false);
			assertThat(report.path("state").asText()).isEqualTo("completed");
			assertThat(report.path("missingIds")).extracting(JsonNode::asText).containsExactly(added);
			assertThat(report.path("staleIds")).extracting(JsonNode::asText).containsExactly(renamed);
			assertThat(report.path("orphanedIds")).extracting(JsonNode::asText)
				.containsExactlyInAnyOrder(erased, stray);
			assertThat(report.path("repaired").asInt()).isZero();
			JsonNode repairing = idle.reconcile(true);
			assertThat(repairing.path("repaired").asInt()).isEqualTo(4);
			this.index.refresh();
			JsonNode after = idle.reconcile(false);
			assertThat(after.path("missing").asInt() + after.path("stale").asInt() + after.path("orphaned").asInt())
				.as(after.toString())
				.isZero();
			assertThat(this.index.searchableVersion(added)).isPresent();
			assertThat(this.index.searchableVersion(erased)).isEmpty();
			assertThat(this.index.searchableVersion(stray)).isEmpty();
		}
	}

}
