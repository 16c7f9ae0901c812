package org.carepool.registry.synthetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A fixed list of choices, each drawn in proportion to its weight.
 *
 * @param <T> the kind of choice
 */
final class Weighted<T> {

	private final List<T> choices;

	private final int[] cumulative;

	private Weighted(List<T> choices, int[] cumulative) {
		this.choices = choices;
		this.cumulative = cumulative;
	}

	static <T> Builder<T> builder() {
		return new Builder<>();
	}

	T draw(SplittableRandom random) {
		int ticket = random.nextInt(this.cumulative[this.cumulative.length - 1]);
		// Weights are positive, so the sums strictly increase and the first sum above the
		// ticket wins.
		int found = Arrays.binarySearch(this.cumulative, ticket + 1);
		return this.choices.get((found >= 0) ? found : -found - 1);
	}

	List<T> choices() {
		return this.choices;
	}

	/**
	 * Collects choices and their weights.
	 *
	 * @param <T> the kind of choice
	 */
	static final class Builder<T> {

		private final List<T> choices = new ArrayList<>();

		private final List<Integer> weights = new ArrayList<>();

		Builder<T> add(T choice, int weight) {
			if (weight <= 0) {
				throw new IllegalArgumentException("Weights are positive");
			}
			this.choices.add(choice);
			this.weights.add(weight);
			return this;
		}

		Weighted<T> build() {
			int[] cumulative = new int[this.weights.size()];
			int sum = 0;
			for (int i = 0; i < cumulative.length; i++) {
				sum += this.weights.get(i);
				cumulative[i] = sum;
			}
			return new Weighted<>(List.copyOf(this.choices), cumulative);
		}

	}

}
