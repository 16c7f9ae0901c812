package org.carepool.registry.synthetic;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests for {@link Weighted}.
 */
class WeightedTests {

	@Test
	void drawsEachChoiceInProportionToItsWeight() {
		Weighted<String> weighted = Weighted.<String>builder().add("rare", 1).add("common", 6).add("middle", 3).build();
		SplittableRandom random = new SplittableRandom(11);
		Map<String, Long> counts = IntStream.range(0, 100_000)
			.mapToObj((i) -> weighted.draw(random))
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(counts.get("rare") / 100_000.0).isCloseTo(0.1, within(0.01));
		assertThat(counts.get("middle") / 100_000.0).isCloseTo(0.3, within(0.01));
		assertThat(counts.get("common") / 100_000.0).isCloseTo(0.6, within(0.01));
	}

	@Test
	void drawsTheOnlyChoice() {
		Weighted<String> weighted = Weighted.<String>builder().add("only", 5).build();
		assertThat(weighted.draw(new SplittableRandom(1))).isEqualTo("only");
	}

	@Test
	void refusesWeightsThatAreNotPositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> Weighted.<String>builder().add("never", 0));
	}

}
