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
		List<Share> parts = new ArrayList<>();
		shares.forEach((factor, share) -> parts.add(new Share(factor, ((Number) share).doubleValue(), 0)));
		parts.sort((a, b) -> Double.compare(b.share(), a.share()));
		List<Share> numbered = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			numbered.add(new Share(parts.get(i).factor(), parts.get(i).share(), i % 6));
		}
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
		 * The share in whole percent, for the bar's width class and the text.
		 * @return 0 to 100
		 */
		public int percent() {
			return (int) Math.round(this.share * 100);
		}

	}

}
