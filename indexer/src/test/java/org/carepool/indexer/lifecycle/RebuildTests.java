package org.carepool.indexer.lifecycle;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

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
 * Tests for {@link IndexLifecycle}: zero-downtime rebuilds on the real servers.
 */
class RebuildTests {

	private static RunningRegistry registry;

	/**
	 * Three ranges of ids read at once, each over several pages (about twenty of the
	 * {@link RegistryPeople#SYNTHETIC} people).
	 */
	private static final Map<String, String> SMALL_PAGES = Map.of("indexer.rebuild.page-size",
			Integer.toString(Math.max(1, RegistryPeople.SYNTHETIC / 60)), "indexer.rebuild.readers", "3");

	private static SearchIndex index;

	private static RunningIndexer indexer;

	@BeforeAll
	static void startTheIndexer() {
		registry = RunningRegistry.shared();
		index = SearchIndex.on(LocalElasticsearch.shared());
		indexer = RunningIndexer.start(registry, LocalElasticsearch.shared(), SMALL_PAGES);
		await().atMost(Duration.ofMinutes(2)).until(() -> indexer.position() >= registry.horizon());
	}

	@AfterAll
	static void stopTheIndexer() {
		indexer.close();
	}

	@Test
	void rebuildsBehindBothAliasesWhileSearchesKeepAnswering() throws Exception {
		String before = index.behind("people").get(0);
		index.refresh();
		String known = registry.people().register("林黛玉");
		await().atMost(Duration.ofSeconds(15)).until(() -> index.searchableVersion(known).isPresent());
		AtomicBoolean searching = new AtomicBoolean(true);
		AtomicInteger searches = new AtomicInteger();
		AtomicInteger failures = new AtomicInteger();
		AtomicInteger empty = new AtomicInteger();
		Thread searcher = new Thread(() -> {
			while (searching.get()) {
				long count = index.searchableCount();
				boolean found = index.searchableVersion(known).isPresent();
				searches.incrementAndGet();
				if (count < 0) {
					failures.incrementAndGet();
				}
				else if (count == 0 || !found) {
					empty.incrementAndGet();
				}
			}
		}, "searcher");
		searcher.start();
		HttpResponse<String> started = indexer.asAdministrator("POST", "/admin/rebuild");
		assertThat(started.statusCode()).isEqualTo(202);
		String duringRebuild = registry.people().register("贾宝玉");
		assertThat(indexer.asAdministrator("POST", "/admin/rebuild").statusCode()).as("a second rebuild")
			.isEqualTo(409);
		await().atMost(Duration.ofMinutes(3)).until(() -> !status().path("state").asText().equals("running"));
		searching.set(false);
		searcher.join();
		JsonNode status = status();
		assertThat(status.path("state").asText()).isEqualTo("succeeded");
		assertThat(searches.get()).isGreaterThan(10);
		assertThat(failures.get()).as("searches that failed").isZero();
		assertThat(empty.get()).as("searches that found nothing").isZero();
		String after = status.path("index").asText();
		assertThat(after).isNotEqualTo(before).startsWith("people-v2-");
		assertThat(index.behind("people")).containsExactly(after);
		assertThat(index.behind("people-write")).containsExactly(after);
		JsonNode settings = index.settings(after);
		assertThat(settings.path("refresh_interval").asText()).isEqualTo("500ms");
		assertThat(settings.path("auto_expand_replicas").asText()).isEqualTo("0-1");
		await().atMost(Duration.ofSeconds(15)).until(() -> index.searchableVersion(duringRebuild).isPresent());
		await().atMost(Duration.ofSeconds(30)).until(() -> !index.physicalIndices().contains(before));
		assertThat(index.checkpoint().orElseThrow().path("index").asText()).isEqualTo(after);
		JsonNode report = indexer.reconcile(false);
		assertThat(report.path("state").asText()).as(report.toString()).isEqualTo("completed");
		assertThat(report.path("missing").asInt() + report.path("stale").asInt() + report.path("orphaned").asInt())
			.as(report.toString())
			.isZero();
	}

	@Test
	void rebuildsWhenStartedWithTheRebuildSwitch() {
		String before = index.behind("people").get(0);
		indexer.close();
		Map<String, String> rebuild = new HashMap<>(SMALL_PAGES);
		rebuild.put("rebuild", null);
		indexer = RunningIndexer.start(registry, LocalElasticsearch.shared(), rebuild);
		IndexLifecycle lifecycle = indexer.bean(IndexLifecycle.class);
		await().atMost(Duration.ofMinutes(3))
			.until(() -> !lifecycle.isRebuilding() && !lifecycle.status().state().equals("idle"));
		assertThat(lifecycle.status().state()).isEqualTo("succeeded");
		assertThat(index.behind("people")).hasSize(1).doesNotContain(before);
		assertThat(List.of(lifecycle.status().reason())).containsExactly("asked for on the command line");
	}

	private static JsonNode status() {
		return SearchIndex.read(indexer.asAdministrator("GET", "/admin/rebuild"));
	}

}
