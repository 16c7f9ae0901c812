package org.carepool.registry.draw;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link Lottery}.
 */
class LotteryTests {

	private final List<UUID> grief = people(8);

	private final List<UUID> law = people(5);

	@Test
	void picksTheSameWithTheSameSeedAndPools() {
		Map<String, List<UUID>> pools = Map.of("psy.grief", this.grief, "law.family", this.law);
		Map<String, Integer> quotas = Map.of("psy.grief", 2, "law.family", 1);
		assertThat(Lottery.draw(42L, pools, quotas)).isEqualTo(Lottery.draw(42L, pools, quotas));
		assertThat(Lottery.redraw(42L, 1, "psy.grief", this.grief, this.grief.subList(0, 2)))
			.isEqualTo(Lottery.redraw(42L, 1, "psy.grief", this.grief, this.grief.subList(0, 2)));
	}

	@Test
	void picksAsManyAsEachQuotaFromItsOwnPool() {
		List<Lottery.Pick> picks = Lottery.draw(7L, Map.of("psy.grief", this.grief, "law.family", this.law),
				Map.of("psy.grief", 3, "law.family", 2));
		assertThat(picks.stream().filter((pick) -> pick.specialty().equals("psy.grief")).map(Lottery.Pick::person))
			.hasSize(3)
			.doesNotHaveDuplicates()
			.allMatch(this.grief::contains);
		assertThat(picks.stream().filter((pick) -> pick.specialty().equals("law.family")).map(Lottery.Pick::person))
			.hasSize(2)
			.allMatch(this.law::contains);
	}

	@Test
	void neverPicksAPersonTwiceAcrossSpecialties() {
		List<UUID> both = this.grief.subList(0, 2);
		List<Lottery.Pick> picks = Lottery.draw(3L, Map.of("psy.grief", both, "law.family", both),
				Map.of("psy.grief", 1, "law.family", 1));
		assertThat(picks.stream().map(Lottery.Pick::person)).containsExactlyInAnyOrderElementsOf(both);
	}

	@Test
	void picksDifferentPeopleWithDifferentSeeds() {
		Map<String, List<UUID>> pools = Map.of("psy.grief", people(100));
		assertThat(IntStream.range(0, 20)
			.mapToObj((seed) -> Lottery.draw(seed, pools, Map.of("psy.grief", 1)).get(0).person())
			.distinct()
			.count()).isGreaterThan(5);
	}

	@Test
	void refusesAQuotaLargerThanThePool() {
		assertThatExceptionOfType(PoolTooSmall.class)
			.isThrownBy(() -> Lottery.draw(1L, Map.of("law.family", this.law), Map.of("law.family", 6)))
			.satisfies((ex) -> {
				assertThat(ex.specialty()).isEqualTo("law.family");
				assertThat(ex.available()).isEqualTo(5);
			});
	}

	@Test
	void redrawsNobodyTakenBefore() {
		List<UUID> taken = this.law.subList(0, 4);
		assertThat(Lottery.redraw(9L, 1, "law.family", this.law, taken)).isEqualTo(this.law.get(4));
		assertThatExceptionOfType(PoolTooSmall.class)
			.isThrownBy(() -> Lottery.redraw(9L, 2, "law.family", this.law, this.law));
	}

	private static List<UUID> people(int count) {
		return IntStream.range(0, count)
			.mapToObj((i) -> UUID.fromString("00000000-0000-4000-8000-%012d".formatted(i)))
			.toList();
	}

}
