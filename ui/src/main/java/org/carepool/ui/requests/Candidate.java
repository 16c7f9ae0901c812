package org.carepool.ui.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A ranked candidate as the staffing page shows it.
 *
 * @param id the person's id
 * @param name the display name
 * @param rank the rank
 * @param matched the matched criteria, each a code such as {@code skill:psy.grief}
 * @param distanceKm how far they live, if known
 * @param skillLevels the levels of the skills asked for, by skill code
 * @param assignmentsLast30Days recent load
 * @param hoursThisMonth hours served this month
 * @param shares the factors' shares of the score, largest first
 */
public record Candidate(String id, String name, int rank, List<String> matched, Double distanceKm,
		Map<String, Object> skillLevels, int assignmentsLast30Days, double hoursThisMonth, List<Share> shares) {

	/**
	 * Reads a candidate from the registry's match answer.
	 * @param candidate one entry of {@code candidates}
	 * @return the candidate
	 */
	@SuppressWarnings("unchecked")
	public static Candidate of(Map<String, Object> candidate) {
		Map<String, Object> person = (Map<String, Object>) candidate.get("person");
		Map<String, Object> explanation = (Map<String, Object>) candidate.getOrDefault("explanation", Map.of());
		Map<String, Object> shares = (Map<String, Object>) explanation.getOrDefault("shares", Map.of());
		List<Share> numbered = new ArrayList<>();
		shares.forEach((factor, share) -> numbered
			.add(new Share(factor, ((Number) share).doubleValue(), Share.colourOf(factor))));
		numbered.sort((a, b) -> Double.compare(b.share(), a.share()));
		Number distance = (Number) explanation.get("distanceKm");
		return new Candidate(String.valueOf(person.get("id")), String.valueOf(person.get("name")),
				((Number) candidate.get("rank")).intValue(),
				(List<String>) explanation.getOrDefault("matched", List.of()),
				(distance != null) ? distance.doubleValue() : null,
				(Map<String, Object>) explanation.getOrDefault("skillLevels", Map.of()),
				((Number) explanation.getOrDefault("assignmentsLast30Days", 0)).intValue(),
				((Number) explanation.getOrDefault("hoursThisMonth", 0)).doubleValue(), numbered);
	}

	/**
	 * One factor's share of the score.
	 *
	 * @param factor the factor, such as {@code skill}
	 * @param share its share, 0 to 1
	 * @param colour which of the bar's colours it is drawn in
	 */
	public record Share(String factor, double share, int colour) {

		/**
		 * The factors in the order of their colours: a factor keeps its colour on every
		 * card, however large its share.
		 */
		static final List<String> FACTORS = List.of("skill-depth", "preferences", "distance", "experience", "rating",
				"fairness", "continuity");

		/**
		 * The colour a factor is always drawn in.
		 * @param factor the factor
		 * @return its colour's number; an unknown factor gets the last, grey one
		 */
		public static int colourOf(String factor) {
			int known = FACTORS.indexOf(factor);
			return (known >= 0) ? known : FACTORS.size();
		}

		/**
		 * The share in whole percent, for the bar's width class and the text.
		 * @return 0 to 100
		 */
		public int percent() {
			return (int) Math.round(this.share * 100);
		}

	}

}
