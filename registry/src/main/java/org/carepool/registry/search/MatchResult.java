package org.carepool.registry.search;

import java.util.List;
import java.util.Map;

import org.carepool.search.PersonDocument;

/**
 * The best available people for a need, each with the reasons for their place.
 *
 * @param eligible how many people pass every hard constraint
 * @param peopleNeeded how many people the need asks for
 * @param shortfall how many fewer than needed pass every hard constraint (0 when enough
 * do)
 * @param candidates the ranked candidates, at least {@code peopleNeeded} when that many
 * are eligible
 */
public record MatchResult(long eligible, int peopleNeeded, long shortfall, List<Candidate> candidates) {

	/**
	 * A candidate and why.
	 *
	 * @param person what the index holds about them, without the biography, skill labels,
	 * name variants and schedule
	 * @param rank their place, from 1
	 * @param score the application's score, 0 to 1
	 * @param explanation why they are here
	 */
	public record Candidate(PersonDocument person, int rank, double score, Explanation explanation) {
	}

	/**
	 * Why a candidate was proposed.
	 *
	 * @param matched the criteria they meet, hard and preferred
	 * @param distanceKm how far they live from the place, if known
	 * @param skillLevels their level in each required and preferred skill they have
	 * @param assignmentsLast30Days their recent load
	 * @param hoursThisMonth hours served this month
	 * @param shares each factor's share of the score, summing to 1
	 */
	public record Explanation(List<String> matched, Double distanceKm, Map<String, Integer> skillLevels,
			int assignmentsLast30Days, double hoursThisMonth, Map<String, Double> shares) {
	}

	/**
	 * Why someone is not proposed.
	 *
	 * @param person the person's id
	 * @param failed the hard constraints they fail, empty if they would be proposed
	 * @param visits for constraints that depend on the day, each visit or month that
	 * fails, such as {@code 2027-03-20: no-blackout} or {@code 2027-03: capacity}
	 */
	public record WhyNot(String person, List<String> failed, List<String> visits) {
	}

}
