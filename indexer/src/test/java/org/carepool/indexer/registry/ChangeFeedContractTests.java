package org.carepool.indexer.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carepool.search.PersonDocument;
import org.carepool.search.SearchJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the indexer's side of the change-feed contract (docs/architecture.md §3.1):
 * it reads the very fixtures the registry's side is tested against.
 */
class ChangeFeedContractTests {

	/** The registry's fixture of a feed page, read where the registry keeps it. */
	private static final Path CHANGE_PAGE = Path
		.of("../registry/src/test/resources/org/carepool/registry/changefeed/change-page.json");

	private final ObjectMapper json = SearchJson.objectMapper();

	@Test
	void readsAPageOfTheFeed() throws IOException {
		ChangePage page = this.json.readValue(Files.readString(CHANGE_PAGE), ChangePage.class);
		assertThat(page.changes()).hasSize(2);
		assertThat(page.changes().get(0)).isEqualTo(new Change(1041, "person", "6f1c2a3e-9b7d-4c1e-8f00-0a1b2c3d4e5f",
				"upsert", java.time.Instant.parse("2026-11-30T06:15:02.125Z")));
		assertThat(page.changes().get(1).op()).isEqualTo("delete");
		assertThat(page.changes()).allMatch(Change::isPerson);
		assertThat(page.next()).isEqualTo(1042);
		assertThat(page.horizon()).isEqualTo(1042);
	}

	@Test
	void readsDocumentsAndGoneIds() throws IOException {
		JsonNode document = personDocument();
		ObjectNode body = this.json.createObjectNode();
		body.putArray("documents").add(document);
		body.putArray("gone").add("0d9e8f7a-6b5c-4d3e-9f10-a1b2c3d4e5f6");
		SearchDocuments documents = this.json.treeToValue(body, SearchDocuments.class);
		assertThat(documents.documents()).singleElement()
			.satisfies((person) -> assertThat(person.id()).isEqualTo(document.get("id").asText()))
			.satisfies((person) -> assertThat(person.version()).isEqualTo(document.get("version").asLong()));
		assertThat(documents.gone()).containsExactly("0d9e8f7a-6b5c-4d3e-9f10-a1b2c3d4e5f6");
	}

	@Test
	void readsTheLastSnapshotPageWithoutANextId() throws IOException {
		ObjectNode body = this.json.createObjectNode();
		body.putArray("documents").add(personDocument());
		body.put("position", 1042);
		Snapshot snapshot = this.json.treeToValue(body, Snapshot.class);
		assertThat(snapshot.isLast()).isTrue();
		assertThat(snapshot.position()).isEqualTo(1042);
		assertThat(snapshot.documents()).hasSize(1);
	}

	@Test
	void ignoresPropertiesAddedLater() throws IOException {
		ChangePage page = this.json.readValue("{\"changes\": [], \"next\": 3, \"horizon\": 4, \"retentionDays\": 30}",
				ChangePage.class);
		assertThat(page.next()).isEqualTo(3);
	}

	private JsonNode personDocument() throws IOException {
		try (InputStream in = PersonDocument.class.getResourceAsStream("person-document.json")) {
			assertThat(in).as("person-document.json from the search module's wire fixtures").isNotNull();
			JsonNode document = this.json.readTree(in);
			this.json.treeToValue(document, PersonDocument.class);
			return document;
		}
	}

}
