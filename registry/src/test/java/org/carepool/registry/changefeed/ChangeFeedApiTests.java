package org.carepool.registry.changefeed;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.carepool.registry.RegistryTest;
import org.carepool.registry.access.Callers;
import org.carepool.registry.person.PersonFixtures;
import org.carepool.registry.person.PersonResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the change feed endpoints as the indexer uses them.
 */
@RegistryTest
class ChangeFeedApiTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private PersonFixtures fixtures;

	@Autowired
	private ChangeLog changes;

	@Test
	void announcesEveryChangeAndServesTheCurrentDocumentAtItsPosition() throws Exception {
		long start = this.changes.horizon();
		PersonResponse person = this.fixtures.register("changzheng-town");
		MvcTestResult feed = this.mvc.get()
			.uri("/internal/changes?after={after}&limit=100", start)
			.with(Callers.FEED_CLIENT.any())
			.exchange();
		assertThat(feed).hasStatusOk();
		String body = feed.getResponse().getContentAsString();
		java.util.List<Integer> positions = JsonPath.read(body, "$.changes[?(@.id == '" + person.id() + "')].position");
		assertThat(positions).hasSizeGreaterThanOrEqualTo(2);
		int latest = positions.get(positions.size() - 1);
		MvcTestResult documents = this.mvc.post()
			.uri("/internal/search-documents")
			.with(Callers.FEED_CLIENT.any())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"ids\": [\"" + person.id() + "\", \"" + UUID.randomUUID() + "\"]}")
			.exchange();
		assertThat(documents).hasStatusOk().bodyJson().extractingPath("$.documents[0].version").isEqualTo(latest);
		assertThat(documents).bodyJson().extractingPath("$.documents[0].namePinyin").isEqualTo("ceshizhuanjia");
		assertThat(documents).bodyJson().extractingPath("$.documents[0].nameInitials").isEqualTo("cszj");
		assertThat(documents).bodyJson().extractingPath("$.gone").asArray().hasSize(1);
	}

	@Test
	void reportsErasedPeopleAsGone() throws Exception {
		PersonResponse person = this.fixtures.register("taopu-town");
		assertThat(this.mvc.post().uri("/api/people/{id}/erase", person.id()).with(Callers.COORDINATOR.any()))
			.hasStatusOk();
		MvcTestResult documents = this.mvc.post()
			.uri("/internal/search-documents")
			.with(Callers.FEED_CLIENT.any())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"ids\": [\"" + person.id() + "\"]}")
			.exchange();
		assertThat(documents).hasStatusOk().bodyJson().extractingPath("$.gone[0]").isEqualTo(person.id().toString());
		assertThat(documents).bodyJson().extractingPath("$.documents").asArray().isEmpty();
	}

	@Test
	void keepsPrivateValuesOutOfSearchDocuments() throws Exception {
		PersonResponse person = this.fixtures.register("changzheng-town");
		MvcTestResult documents = this.mvc.post()
			.uri("/internal/search-documents")
			.with(Callers.FEED_CLIENT.any())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"ids\": [\"" + person.id() + "\"]}")
			.exchange();
		String body = documents.getResponse().getContentAsString();
		assertThat(body).doesNotContain("phone", "email", "residentId", "accountSubject", "number");
		assertThat(body).contains("\"homeLocation\":{\"lat\":31.24,\"lon\":121.38}");
	}

	@Test
	void pagesThroughASnapshotConsistentAtAFeedPosition() throws Exception {
		PersonResponse person = this.fixtures.register("changzheng-town");
		java.util.List<String> seen = snapshotIds("");
		assertThat(seen).contains(person.id().toString()).doesNotHaveDuplicates();
	}

	@Test
	void splitsTheSnapshotIntoDisjointRangesOfIds() throws Exception {
		for (int i = 0; i < 12; i++) {
			this.fixtures.register("changzheng-town");
		}
		java.util.List<String> whole = snapshotIds("");
		String first = "3fffffff-ffff-ffff-ffff-ffffffffffff";
		String second = "9fffffff-ffff-ffff-ffff-ffffffffffff";
		java.util.List<String> low = snapshotIds("&until=" + first);
		java.util.List<String> middle = snapshotIds("&until=" + second + "&after=" + first);
		java.util.List<String> high = snapshotIds("&after=" + second);
		assertThat(low).allMatch((id) -> id.compareTo(first) <= 0).isSorted();
		assertThat(middle).allMatch((id) -> id.compareTo(first) > 0 && id.compareTo(second) <= 0).isSorted();
		assertThat(high).allMatch((id) -> id.compareTo(second) > 0).isSorted();
		java.util.List<String> joined = new java.util.ArrayList<>(low);
		joined.addAll(middle);
		joined.addAll(high);
		assertThat(joined).containsExactlyElementsOf(whole);
	}

	/**
	 * Pages through the snapshot, five people a page so that ranges take several pages.
	 */
	private java.util.List<String> snapshotIds(String range) throws Exception {
		java.util.List<String> seen = new java.util.ArrayList<>();
		String after = null;
		do {
			String bounds = (after != null) ? range.replaceAll("&after=[^&]*", "") + "&after=" + after : range;
			MvcTestResult page = this.mvc.get()
				.uri("/internal/search-documents?limit=5" + bounds)
				.with(Callers.FEED_CLIENT.any())
				.exchange();
			assertThat(page).hasStatusOk();
			String body = page.getResponse().getContentAsString();
			Integer position = JsonPath.read(body, "$.position");
			assertThat(position).isPositive();
			seen.addAll(JsonPath.read(body, "$.documents[*].id"));
			after = (String) JsonPath.<java.util.Map<String, Object>>read(body, "$").get("next");
		}
		while (after != null);
		return seen;
	}

}
