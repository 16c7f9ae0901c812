package org.carepool.indexer.registry;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link IdRange}.
 */
class IdRangeTests {

	@Test
	void oneRangeHoldsEveryId() {
		assertThat(IdRange.split(1)).containsExactly(IdRange.ALL);
	}

	@Test
	void splitsTheIdSpaceIntoEqualSlicesThatFollowEachOther() {
		List<IdRange> ranges = IdRange.split(4);
		assertThat(ranges).extracting(IdRange::until)
			.containsExactly("3fffffff-ffff-ffff-ffff-ffffffffffff", "7fffffff-ffff-ffff-ffff-ffffffffffff",
					"bfffffff-ffff-ffff-ffff-ffffffffffff", null);
		assertThat(ranges.get(0).after()).isNull();
		for (int i = 1; i < ranges.size(); i++) {
			assertThat(ranges.get(i).after()).isEqualTo(ranges.get(i - 1).until());
		}
	}

	@Test
	void putsEveryIdInExactlyOneRange() {
		for (int parts : new int[] { 2, 3, 7, 256 }) {
			List<IdRange> ranges = IdRange.split(parts);
			List<String> ids = new java.util.ArrayList<>(
					List.of("00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
							"7fffffff-ffff-ffff-ffff-ffffffffffff", "80000000-0000-0000-0000-000000000000"));
			for (int i = 0; i < 2000; i++) {
				ids.add(UUID.randomUUID().toString());
			}
			for (String id : ids) {
				assertThat(ranges.stream().filter((range) -> holds(range, id))).as("%s in %d ranges", id, parts)
					.hasSize(1);
			}
		}
	}

	@Test
	void refusesImpossibleSplits() {
		assertThatIllegalArgumentException().isThrownBy(() -> IdRange.split(0));
		assertThatIllegalArgumentException().isThrownBy(() -> IdRange.split(257));
	}

	private static boolean holds(IdRange range, String id) {
		return (range.after() == null || id.compareTo(range.after()) > 0)
				&& (range.until() == null || id.compareTo(range.until()) <= 0);
	}

}
