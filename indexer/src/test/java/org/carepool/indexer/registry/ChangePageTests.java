package org.carepool.indexer.registry;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ChangePage}.
 */
class ChangePageTests {

	@Test
	void givesEachPersonTheLatestPositionInTheOrderFirstSeen() {
		ChangePage page = new ChangePage(
				List.of(person(3, "b"), person(4, "a"), new Change(5, "other", "c", "upsert", null), person(6, "b")), 6,
				6);

		assertThat(page.latestPositionPerPerson()).containsExactly(Map.entry("b", 6L), Map.entry("a", 4L));
	}

	@Test
	void changesNobodyWhenEmpty() {
		assertThat(new ChangePage(null, 7, 7).latestPositionPerPerson()).isEmpty();
	}

	private static Change person(long position, String id) {
		return new Change(position, Change.PERSON, id, "upsert", null);
	}

}
