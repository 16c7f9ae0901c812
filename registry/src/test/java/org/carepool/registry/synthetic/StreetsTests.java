package org.carepool.registry.synthetic;

import org.carepool.registry.synthetic.Streets.Street;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Streets}.
 */
class StreetsTests {

	@Test
	void knowsTheDistrictsEightSubdistrictsAndTwoTowns() {
		assertThat(Streets.all()).hasSize(10).extracting(Street::code).doesNotHaveDuplicates();
		assertThat(Streets.all()).filteredOn((street) -> street.name().endsWith("镇")).hasSize(2);
	}

	@Test
	void makesNeighboursMutual() {
		assertThat(Streets.all()).allSatisfy((street) -> {
			assertThat(street.neighbours()).isNotEmpty().doesNotContain(street.code());
			street.neighbours()
				.forEach((code) -> assertThat(Streets.named(code).neighbours()).as(code).contains(street.code()));
		});
	}

	@Test
	void placesNeighboursCloseToEachOther() {
		assertThat(Streets.all()).allSatisfy((street) -> street.neighbours().forEach((code) -> {
			Street neighbour = Streets.named(code);
			double north = (neighbour.latitude() - street.latitude()) * 111.32;
			double east = (neighbour.longitude() - street.longitude()) * 111.32 * Math.cos(Math.toRadians(31.25));
			assertThat(Math.hypot(north, east)).as(street.code() + " to " + code).isLessThan(5.5);
		}));
	}

}
