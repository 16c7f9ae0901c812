package org.carepool.indexer.deadletter;

import java.time.Duration;
import java.util.Map;

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
 * Tests for {@link DeadLetters}, end to end: Elasticsearch refuses one person's document
 * (the index is told to accept no nested objects, so a person with a skill does not fit),
 * the feed goes on, an administrator sees the refusal, and a retry after the cause is
 * fixed makes the person searchable.
 */
class DeadLetterTests {

	private static final Duration SEARCHABLE = Duration.ofSeconds(30);

	private final RunningRegistry registry = RunningRegistry.shared();

	private final SearchIndex index = SearchIndex.on(LocalElasticsearch.shared());

	@Test
	void keepsARefusedDocumentWithoutBlockingTheRestAndWritesItOnRetry() {
		try (RunningIndexer indexer = RunningIndexer.start(this.registry, LocalElasticsearch.shared(), Map.of())) {
			long caughtUp = this.registry.horizon();
			await().atMost(Duration.ofMinutes(2)).until(() -> indexer.position() >= caughtUp);
			String physical = this.index.behind("people-write").get(0);
			String refused;
			String written;
			try {
				limitNestedObjects(physical, "0");
				refused = this.registry.people().register("拒收者");
				written = this.registry.people().registerWithoutSkills("照收者");
				long horizon = this.registry.horizon();
				await().atMost(SEARCHABLE).until(() -> indexer.position() >= horizon);
				this.index.refresh();
				assertThat(this.index.searchableVersion(written)).as("the rest of the batch is written").isPresent();
				assertThat(this.index.searchableVersion(refused)).isEmpty();
				JsonNode letters = SearchIndex.read(indexer.asAdministrator("GET", "/admin/dead-letters"));
				assertThat(letters.path("total").asLong()).isEqualTo(1);
				JsonNode letter = letters.at("/deadLetters/0");
				assertThat(letter.path("id").asText()).isEqualTo(refused);
				assertThat(letter.path("operation").asText()).isEqualTo("index");
				assertThat(letter.path("status").asInt()).isEqualTo(400);
				assertThat(letter.path("reason").asText()).doesNotContain("拒收者");
				// Registering and consenting are two changes, refused once or twice.
				int attempts = letter.path("attempts").asInt();
				JsonNode again = SearchIndex.read(indexer.asAdministrator("POST", "/admin/dead-letters/retry"));
				assertThat(again.path("rejections")).as("refused again while the cause lasts").hasSize(1);
				assertThat(SearchIndex.read(indexer.asAdministrator("GET", "/admin/dead-letters"))
					.at("/deadLetters/0/attempts")
					.asInt()).isEqualTo(attempts + 1);
			}
			finally {
				limitNestedObjects(physical, "null");
			}
			JsonNode retried = SearchIndex
				.read(indexer.asAdministrator("POST", "/admin/dead-letters/" + refused + "/retry"));
			assertThat(retried.path("indexed").asInt()).as(retried.toString()).isEqualTo(1);
			this.index.refresh();
			assertThat(this.index.searchableVersion(refused)).isPresent();
			assertThat(SearchIndex.read(indexer.asAdministrator("GET", "/admin/dead-letters")).path("total").asLong())
				.isZero();
			JsonNode report = indexer.reconcile(false);
			assertThat(report.path("missing").asInt() + report.path("stale").asInt() + report.path("orphaned").asInt())
				.as(report.toString())
				.isZero();
		}
	}

	private void limitNestedObjects(String physical, String limit) {
		String value = limit.equals("null") ? "null" : "\"" + limit + "\"";
		int status = this.index
			.send(Account.ADMIN, "PUT", "/" + physical + "/_settings",
					"{\"index\": {\"mapping.nested_objects.limit\": " + value + "}}")
			.statusCode();
		assertThat(status).isEqualTo(200);
	}

}
