package org.carepool.registry.search;

import java.util.LinkedHashMap;
import java.util.Map;

import org.carepool.search.PersonDocument;

/**
 * Scores a candidate who passed every hard constraint, from the document alone, as a
 * weighted sum of factors between 0 and 1 — so each factor's share of the score can be
 * shown.
 */
final class MatchScoring {

	/** How much each factor weighs; they sum to 1. */
	static final Map<String, Double> WEIGHTS = weights();

	private MatchScoring() {
	}

	static Map<String, Double> factors(Need need, PersonDocument person) {
		Map<String, Double> factors = new LinkedHashMap<>();
		factors.put("skill-depth", skillDepth(need, person));
		factors.put("preferences", preferences(need, person));
		factors.put("distance", distance(need, person));
		factors.put("experience", experience(need, person));
		factors.put("rating", (person.rating() != null) ? person.rating() / 5.0 : 0.6);
		factors.put("fairness", 1.0 / (1.0 + person.assignmentsLast30Days()));
		return factors;
	}

	static double score(Map<String, Double> factors) {
		return factors.entrySet()
			.stream()
			.mapToDouble((factor) -> WEIGHTS.get(factor.getKey()) * factor.getValue())
			.sum();
	}

	static Map<String, Double> shares(Map<String, Double> factors) {
		double score = score(factors);
		Map<String, Double> shares = new LinkedHashMap<>();
		factors.forEach((name, value) -> shares.put(name,
				(score > 0) ? Math.round(WEIGHTS.get(name) * value / score * 1000) / 1000.0 : 0.0));
		return shares;
	}

	private static double skillDepth(Need need, PersonDocument person) {
		if (need.requiredSkills().isEmpty()) {
			return 0.5;
		}
		double total = 0;
		for (Map.Entry<String, Integer> required : need.requiredSkills().entrySet()) {
			int level = level(person, required.getKey());
			int headroom = 5 - required.getValue();
			total += (headroom == 0) ? 1.0 : 0.4 + 0.6 * Math.max(0, level - required.getValue()) / (double) headroom;
		}
		return total / need.requiredSkills().size();
	}

	private static double preferences(Need need, PersonDocument person) {
		int wanted = need.preferredSkills().size() + need.languages().size();
		if (wanted == 0) {
			return 0.5;
		}
		long met = need.preferredSkills().stream().filter((code) -> level(person, code) > 0).count();
		met += need.languages()
			.stream()
			.filter((code) -> person.languages()
				.stream()
				.anyMatch((language) -> language.code().equals(code) && language.level() >= 3))
			.count();
		return met / (double) wanted;
	}

	static double distance(Need need, PersonDocument person) {
		if (need.place() == null) {
			return 0.5;
		}
		if (person.homeLocation() == null) {
			return 0.2;
		}
		double km = Geography.km(need.place()[0], need.place()[1], person.homeLocation().lat(),
				person.homeLocation().lon());
		return Math.exp(Math.log(0.5) * (km * km) / (need.scaleKm() * need.scaleKm()));
	}

	private static double experience(Need need, PersonDocument person) {
		int done = person.completedByCategory()
			.stream()
			.filter((count) -> count.category().equals(need.category()))
			.mapToInt(PersonDocument.CategoryCount::count)
			.sum();
		return done / (done + 3.0);
	}

	static int level(PersonDocument person, String code) {
		return person.skills()
			.stream()
			.filter((skill) -> skill.code().equals(code))
			.mapToInt(PersonDocument.Skill::level)
			.max()
			.orElse(0);
	}

	private static Map<String, Double> weights() {
		Map<String, Double> weights = new LinkedHashMap<>();
		weights.put("skill-depth", 0.25);
		weights.put("preferences", 0.15);
		weights.put("distance", 0.25);
		weights.put("experience", 0.10);
		weights.put("rating", 0.10);
		weights.put("fairness", 0.15);
		return java.util.Collections.unmodifiableMap(weights);
	}

}
