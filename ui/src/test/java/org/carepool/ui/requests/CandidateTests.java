package org.carepool.ui.requests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Candidate}.
 */
class CandidateTests {

	@Test
	void drawsEachFactorInItsOwnColourWhateverItsShare() {
		Candidate skilled = candidate(Map.of("skill-depth", 0.6, "distance", 0.3, "fairness", 0.1));
		Candidate near = candidate(Map.of("skill-depth", 0.1, "distance", 0.7, "fairness", 0.2));

		assertThat(skilled.shares()).extracting(Candidate.Share::factor)
			.containsExactly("skill-depth", "distance", "fairness");
		assertThat(near.shares()).extracting(Candidate.Share::factor)
			.containsExactly("distance", "fairness", "skill-depth");
		assertThat(colours(skilled)).isEqualTo(colours(near))
			.containsEntry("skill-depth", 0)
			.containsEntry("distance", 2)
			.containsEntry("fairness", 5);
	}

	@Test
	void givesEverySevenFactorsADifferentColourAndAnUnknownOneGrey() {
		Map<String, Object> shares = new LinkedHashMap<>();
		for (String factor : List.of("skill-depth", "preferences", "distance", "experience", "rating", "fairness",
				"continuity", "something-new")) {
			shares.put(factor, 0.125);
		}
		assertThat(candidate(shares).shares()).extracting(Candidate.Share::colour)
			.doesNotHaveDuplicates()
			.containsOnly(0, 1, 2, 3, 4, 5, 6, 7);
		assertThat(Candidate.Share.colourOf("something-new")).isEqualTo(7);
	}

	private static Map<String, Integer> colours(Candidate candidate) {
		Map<String, Integer> colours = new LinkedHashMap<>();
		candidate.shares().forEach((share) -> colours.put(share.factor(), share.colour()));
		return colours;
	}

	private static Candidate candidate(Map<String, ?> shares) {
		return Candidate.of(Map.of("rank", 1, "person", Map.of("id", "p1", "name", "王芳"), "explanation",
				Map.of("shares", shares, "matched", List.of())));
	}

}
