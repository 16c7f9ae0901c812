package org.carepool.registry.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.carepool.search.PersonDocument;

/**
 * Scores a candidate who passed every hard constraint, from the document alone, as a
 * weighted mean of factors between 0 and 1 — so each factor's share of the score can be
 * shown. Two factors count only where they mean something: {@code special-families} for a
 * sensitive need (proven helpers: completed work for special families, and how it was
 * rated) and {@code continuity} when someone served the same family before.
 */
final class MatchScoring {

	/** How much each factor weighs; the factors that apply are averaged by weight. */
	static final Map<String, Double> WEIGHTS = weights();

	/** Work that cuts fairness by a factor e. */
	private static final double WORK_SCALE_HOURS = 5.0;

	/** What an assignment of the last 30 days counts as, in hours of work. */
	private static final double HOURS_PER_RECENT_ASSIGNMENT = 2.0;

	private MatchScoring() {
	}

	static Map<String, Double> factors(Need need, PersonDocument person) {
		Map<String, Double> factors = new LinkedHashMap<>();
		factors.put("skill-depth", skillDepth(need, person));
		factors.put("preferences", preferences(need, person));
		factors.put("distance", distance(need, person));
		factors.put("experience", experience(need, person));
		factors.put("rating", (person.rating() != null) ? person.rating() / 5.0 : 0.6);
		factors.put("fairness", fairness(need, person));
		if (need.sensitive()) {
			factors.put("special-families", provenHelper(person));
		}
		if (!need.servedFamilyBefore().isEmpty()) {
			factors.put("continuity", need.servedFamilyBefore().contains(person.id()) ? 1.0 : 0.0);
		}
		return factors;
	}

	static double score(Map<String, Double> factors) {
		double weights = factors.keySet().stream().mapToDouble(WEIGHTS::get).sum();
		return factors.entrySet()
			.stream()
			.mapToDouble((factor) -> WEIGHTS.get(factor.getKey()) * factor.getValue())
			.sum() / weights;
	}

	static Map<String, Double> shares(Map<String, Double> factors) {
		double total = factors.entrySet()
			.stream()
			.mapToDouble((factor) -> WEIGHTS.get(factor.getKey()) * factor.getValue())
			.sum();
		Map<String, Double> shares = new LinkedHashMap<>();
		factors.forEach((name, value) -> shares.put(name,
				(total > 0) ? Math.round(WEIGHTS.get(name) * value / total * 1000) / 1000.0 : 0.0));
		return shares;
	}

	/**
	 * Work already taken on, as a smooth curve: {@code exp(−work / 5 h) · (1 − ½ · min(1,
	 * booked / capacity))}, work being the hours booked from this month on plus two hours
	 * for each assignment of the last 30 days. The first part is absolute, so a large
	 * capacity does not earn someone every booking; the second keeps people near their
	 * monthly capacity for last. No window of months: a person booked solid next month is
	 * not free this month's end.
	 * @param need the need
	 * @param person the person
	 * @return 1 (nothing booked, nothing recent) down towards 0
	 */
	static double fairness(Need need, PersonDocument person) {
		double booked = bookedAhead(person);
		double work = booked + HOURS_PER_RECENT_ASSIGNMENT * person.assignmentsLast30Days();
		double share = (person.monthlyCapacityHours() > 0) ? Math.min(1.0, booked / person.monthlyCapacityHours())
				: 1.0;
		return Math.exp(-work / WORK_SCALE_HOURS) * (1 - 0.5 * share);
	}

	/**
	 * Hours the person is booked for and has not served yet, from this month on.
	 * @param person the person
	 * @return hours
	 */
	static double bookedAhead(PersonDocument person) {
		return person.engagementsOrNone().months().stream().mapToDouble(PersonDocument.MonthLoad::bookedHours).sum();
	}

	/**
	 * The score without fairness: how well the person fits, whoever else is busy.
	 * @param factors the factors, with {@code fairness}
	 * @return 0 to 1
	 */
	static double quality(Map<String, Double> factors) {
		Map<String, Double> quality = new LinkedHashMap<>(factors);
		quality.remove("fairness");
		return score(quality);
	}

	/**
	 * How full the person's months are where the need falls: the largest share of monthly
	 * capacity already served or booked in any of them.
	 * @param need the need
	 * @param person the person
	 * @return 0 (free) to 1 (full)
	 */
	static double load(Need need, PersonDocument person) {
		if (person.monthlyCapacityHours() <= 0) {
			return 1.0;
		}
		double load = 0;
		for (String month : need.hoursByMonth().keySet()) {
			double used = person.monthlyCapacityHours() - person.remainingHoursIn(month);
			load = Math.max(load, used / person.monthlyCapacityHours());
		}
		return Math.min(1.0, Math.max(0.0, load));
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
		int wanted = need.preferredSkills().size() + need.preferredLanguages().size();
		if (wanted == 0) {
			return 0.5;
		}
		long met = need.preferredSkills().stream().filter((code) -> level(person, code) > 0).count();
		met += need.preferredLanguages()
			.entrySet()
			.stream()
			.filter((language) -> speaks(person, language.getKey()) >= language.getValue())
			.count();
		return met / (double) wanted;
	}

	/**
	 * Distance as coordinators think of it: the same street first, then a neighbouring
	 * street, then everyone further — by kilometres within each band. Without a street in
	 * the need, kilometres alone.
	 * @param need the need
	 * @param person the person
	 * @return 0 to 1
	 */
	static double distance(Need need, PersonDocument person) {
		if (need.place() == null) {
			return 0.5;
		}
		if (person.homeLocation() == null) {
			return 0.2;
		}
		double km = Geography.km(need.place()[0], need.place()[1], person.homeLocation().lat(),
				person.homeLocation().lon());
		double near = Math.exp(Math.log(0.5) * (km * km) / (need.scaleKm() * need.scaleKm()));
		if (need.street() == null) {
			return near;
		}
		return switch (StreetNeighbours.band(need.street(), person.homeStreet())) {
			case SAME_STREET -> 0.85 + 0.15 * near;
			case NEIGHBOURING_STREET -> 0.6 + 0.2 * near;
			case FURTHER -> 0.55 * near;
		};
	}

	static StreetNeighbours.Band band(Need need, PersonDocument person) {
		return StreetNeighbours.band(need.street(), person.homeStreet());
	}

	/**
	 * Proven with special families: completed work for them, weighed by how it was rated.
	 * @param person the person
	 * @return 0 (none) to nearly 1
	 */
	static double provenHelper(PersonDocument person) {
		PersonDocument.Engagements engagements = person.engagementsOrNone();
		int done = engagements.specialFamiliesCompleted();
		double rated = (engagements.specialFamiliesRating() != null) ? engagements.specialFamiliesRating() / 5.0 : 0.7;
		return done / (done + 2.0) * rated;
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

	static int speaks(PersonDocument person, String code) {
		return person.languages()
			.stream()
			.filter((language) -> language.code().equals(code))
			.mapToInt(PersonDocument.Language::level)
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
		weights.put("fairness", 0.25);
		weights.put("special-families", 0.20);
		weights.put("continuity", 0.30);
		return Collections.unmodifiableMap(weights);
	}

}
