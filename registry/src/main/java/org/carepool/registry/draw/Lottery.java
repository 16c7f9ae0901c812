package org.carepool.registry.draw;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The random part of a draw, kept pure so that the same seed and pools always give the
 * same picks: specialties in code order, each pool in id order, one {@link Random} per
 * round.
 */
final class Lottery {

	/** Spreads the seeds of successive redraws apart (the golden-ratio increment). */
	private static final long ROUND_STRIDE = 0x9E3779B97F4A7C15L;

	private Lottery() {
	}

	/**
	 * The first picks of a draw; nobody is picked twice, even when eligible for two
	 * specialties.
	 * @param seed the seed
	 * @param pools the eligible people of each specialty, sorted
	 * @param quotas how many to pick for each specialty
	 * @return the picks in order
	 */
	static List<Pick> draw(long seed, Map<String, List<UUID>> pools, Map<String, Integer> quotas) {
		Random random = new Random(seed);
		Set<UUID> taken = new HashSet<>();
		List<Pick> picks = new ArrayList<>();
		for (String specialty : new TreeSet<>(quotas.keySet())) {
			List<UUID> open = open(pools.getOrDefault(specialty, List.of()), taken);
			int quota = quotas.get(specialty);
			if (open.size() < quota) {
				throw new PoolTooSmall(specialty, quota, open.size());
			}
			for (int i = 0; i < quota; i++) {
				UUID person = open.remove(random.nextInt(open.size()));
				taken.add(person);
				picks.add(new Pick(specialty, person));
			}
		}
		return picks;
	}

	/**
	 * A replacement for a redraw.
	 * @param seed the draw's seed
	 * @param round the number of the redraw, from 1
	 * @param specialty the specialty
	 * @param pool its eligible people, sorted
	 * @param taken everyone the draw picked before, the decliner too
	 * @return the replacement
	 */
	static UUID redraw(long seed, int round, String specialty, List<UUID> pool, Collection<UUID> taken) {
		List<UUID> open = open(pool, new HashSet<>(taken));
		if (open.isEmpty()) {
			throw new PoolTooSmall(specialty, 1, 0);
		}
		Random random = new Random(seed + round * ROUND_STRIDE);
		return open.get(random.nextInt(open.size()));
	}

	private static List<UUID> open(List<UUID> pool, Set<UUID> taken) {
		List<UUID> open = new ArrayList<>();
		for (UUID person : pool) {
			if (!taken.contains(person)) {
				open.add(person);
			}
		}
		return open;
	}

	/**
	 * A person picked for a specialty.
	 *
	 * @param specialty the specialty
	 * @param person the person
	 */
	record Pick(String specialty, UUID person) {
	}

}
