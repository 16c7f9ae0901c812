package org.carepool.indexer.feed;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.carepool.indexer.testing.RegistryPeople;
import org.carepool.indexer.testing.RunningIndexer;
import org.carepool.indexer.testing.RunningRegistry;
import org.carepool.indexer.testing.SearchIndex;
import org.carepool.local.elasticsearch.LocalElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link FeedFollower}, end to end: the real registry as a child process, the
 * real issuer, and the indexer writing to the real Elasticsearch as its own account.
 */
class FollowingTests {

	private static final Duration SEARCHABLE = Duration.ofSeconds(15);

	private static RunningRegistry registry;

	private static SearchIndex index;

	private static RunningIndexer indexer;

	@BeforeAll
	static void startTheIndexer() {
		registry = RunningRegistry.shared();
		index = SearchIndex.on(LocalElasticsearch.shared());
		indexer = RunningIndexer.start(registry, LocalElasticsearch.shared(), Map.of());
		await().atMost(Duration.ofMinutes(2)).until(() -> indexer.position() >= registry.horizon());
	}

	@AfterAll
	static void stopTheIndexer() {
		indexer.close();
	}

	@Test
	void makesEveryoneInTheRegistrySearchable() {
		index.refresh();
		assertThat(index.searchableCount()).isGreaterThanOrEqualTo(RegistryPeople.SYNTHETIC);
		assertThat(index.behind("people")).hasSize(1).isEqualTo(index.behind("people-write"));
	}

	@Test
	void makesANewPersonSearchableWithinSeconds() {
		String id = registry.people().register("王晓明");
		await().atMost(SEARCHABLE).until(() -> index.searchableVersion(id).isPresent());
	}

	@Test
	void searchesFindTheLatestVersionAfterAnUpdate() {
		String id = registry.people().register("李明");
		await().atMost(SEARCHABLE).until(() -> index.searchableVersion(id).isPresent());
		long first = index.searchableVersion(id).orElseThrow();
		registry.people().rename(id, "李明明");
		await().atMost(SEARCHABLE).until(() -> index.searchableVersion(id).orElse(0L) > first);
	}

	@Test
	void removesAnErasedPersonFromSearch() {
		String id = registry.people().register("张丽");
		await().atMost(SEARCHABLE).until(() -> index.searchableVersion(id).isPresent());
		registry.people().erase(id);
		await().atMost(SEARCHABLE).until(() -> index.searchableVersion(id).isEmpty());
	}

	@Test
	void removesAPersonWhoWithdrewConsentFromSearch() {
		String id = registry.people().register("曾小贤");
		await().atMost(SEARCHABLE).until(() -> index.searchableVersion(id).isPresent());
		registry.people().withdrawConsents(id);
		await().atMost(SEARCHABLE).until(() -> index.searchableVersion(id).isEmpty());
	}

	@Test
	void checkpointsThePositionItApplied() {
		String id = registry.people().register("欧阳娜娜");
		await().atMost(SEARCHABLE).until(() -> index.searchableVersion(id).isPresent());
		long horizon = registry.horizon();
		await().atMost(SEARCHABLE).until(() -> indexer.position() >= horizon);
		JsonNode checkpoint = index.checkpoint().orElseThrow();
		assertThat(checkpoint.get("position").asLong()).isEqualTo(indexer.position());
		assertThat(checkpoint.get("index").asText()).isEqualTo(index.behind("people-write").get(0));
	}

	@Test
	void reportsTheFeedAndItsLagInHealth() {
		HttpResponse<String> health = indexer.call("GET", "/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		JsonNode body = SearchIndex.read(health);
		assertThat(body.path("status").asText()).isEqualTo("UP");
		assertThat(body.at("/components/feed/status").asText()).isEqualTo("UP");
		assertThat(body.at("/components/feed/details/lagPositions").isNumber()).isTrue();
		assertThat(body.at("/components/elasticsearch/status").asText()).isEqualTo("UP");
	}

	@Test
	void publishesMetricsForPrometheus() {
		HttpResponse<String> scrape = indexer.asAdministrator("GET", "/actuator/prometheus");
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).contains("indexer_feed_lag_positions", "indexer_feed_lag_seconds",
				"indexer_batch_size_changes", "indexer_bulk_latency_seconds", "indexer_documents_rate",
				"indexer_documents_total", "indexer_dead_letters", "indexer_feed_position",
				"indexer_documents_fetch_seconds", "indexer_checkpoint_latency_seconds",
				"indexer_change_delay_seconds_bucket");
	}

	@Test
	void measuresHowLongAChangeTakesToReachTheIndex() {
		String id = registry.people().register("周敏");
		await().atMost(SEARCHABLE).until(() -> index.searchableVersion(id).isPresent());
		JsonNode delay = SearchIndex.read(indexer.asAdministrator("GET", "/actuator/metrics/indexer.change.delay"));
		Map<String, Double> measured = new java.util.HashMap<>();
		delay.path("measurements")
			.forEach((measurement) -> measured.put(measurement.path("statistic").asText(),
					measurement.path("value").asDouble()));
		assertThat(measured.get("COUNT")).as(delay.toString()).isPositive();
		// The indexer may have caught up with changes older than this test's.
		assertThat(measured.get("MAX")).as("the longest delay in seconds").isPositive();
	}

	@Test
	void resumesFromItsCheckpointAfterARestart() {
		indexer.close();
		String id = registry.people().register("王丽");
		indexer = RunningIndexer.start(registry, LocalElasticsearch.shared(), Map.of());
		await().atMost(SEARCHABLE).until(() -> index.searchableVersion(id).isPresent());
		HttpResponse<String> written = indexer.asAdministrator("GET",
				"/actuator/metrics/indexer.documents?tag=operation:index");
		double documents = SearchIndex.read(written).at("/measurements/0/value").asDouble();
		assertThat(documents).as("documents written after the restart").isLessThan(10);
		assertThat(Optional.of(index.searchableCount())).get().isNotEqualTo(-1L);
	}

}
