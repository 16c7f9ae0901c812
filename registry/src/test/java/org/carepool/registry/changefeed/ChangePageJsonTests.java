package org.carepool.registry.changefeed;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import org.springframework.boot.test.json.JacksonTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the wire format of {@link ChangePage}, a public contract with the indexer
 * (docs/architecture.md §3.1), pinned by a fixture the indexer tests too.
 */
@JsonTest
class ChangePageJsonTests {

	private static final String FIXTURE = "/org/carepool/registry/changefeed/change-page.json";

	@Autowired
	private JacksonTester<ChangePage> json;

	private final ChangePage page = new ChangePage(List.of(
			new Change(1041, "person", UUID.fromString("6f1c2a3e-9b7d-4c1e-8f00-0a1b2c3d4e5f"), "upsert",
					Instant.parse("2026-11-30T06:15:02.125Z")),
			new Change(1042, "person", UUID.fromString("0d9e8f7a-6b5c-4d3e-9f10-a1b2c3d4e5f6"), "delete",
					Instant.parse("2026-11-30T06:15:03Z"))),
			1042, 1042);

	@Test
	void writesTheFeedAsTheContractSays() throws IOException {
		assertThat(this.json.write(this.page)).isEqualToJson(FIXTURE);
	}

	@Test
	void readsTheContractsFeed() throws IOException {
		assertThat(this.json.read(FIXTURE)).isEqualTo(this.page);
	}

}
