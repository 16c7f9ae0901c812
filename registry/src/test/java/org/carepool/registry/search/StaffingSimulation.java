package org.carepool.registry.search;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.carepool.registry.access.Callers;
import org.carepool.registry.taxonomy.Taxonomy;
import org.carepool.search.PersonDocument;

/**
 * A month of staffing, request after request: each request is matched through the index
 * ({@link Matching}), its places go to the top candidates, and their bookings and booked
 * hours are written back to the index before the next request — so capacity, overlapping
 * bookings and the fairness factor meet the load they themselves created. The same
 * sequence is staffed twice more in memory for comparison: by quality alone (the score
 * without its fairness factor) and as evenly as possible (the least-staffed eligible
 * person first). Reports nDCG@10 by kind of request, the Gini coefficient of assignments
 * for all three, people staffed while above 80 % of their month, and every
 * hard-constraint violation.
 */
final class StaffingSimulation {

	private static final double OVERLOADED = 0.8;

	private final Matching matching;

	private final Taxonomy taxonomy;

	private final Clock clock;

	StaffingSimulation(Matching matching, Taxonomy taxonomy, Clock clock) {
		this.matching = matching;
		this.taxonomy = taxonomy;
		this.clock = clock;
	}

	/**
	 * The month's requests: each judged request in each of four weeks; every third is a
	 * four-week series, and Shanghainese is essential in every second request that asks
	 * for it.
	 */
	List<Planned> requests(List<MatchingEvaluationTests.Request> judged) {
		List<Planned> planned = new ArrayList<>();
		LocalDate start = LocalDate.now(this.clock.withZone(Need.SHANGHAI)).plusDays(7);
		for (int week = 0; week < 4; week++) {
			for (int i = 0; i < judged.size(); i++) {
				MatchingEvaluationTests.Request request = judged.get(i);
				LocalDate day = start.plusWeeks(week).with(TemporalAdjusters.nextOrSame(request.day()));
				boolean weekly = (i + week) % 3 == 0;
				boolean essential = request.shanghainese() && (i + week) % 2 == 0;
				planned.add(new Planned(request, criteria(request, day, weekly, essential), weekly, essential));
			}
		}
		return planned;
	}

	private static MatchCriteria criteria(MatchingEvaluationTests.Request request, LocalDate day, boolean weekly,
			boolean essential) {
		LocalTime from = LocalTime.of(request.startHour(), 0);
		LocalTime to = LocalTime.of(request.startHour() + 2, 0);
		List<String> preferred = (request.shanghainese() && !essential) ? List.of("zh-wuu") : List.of();
		List<MatchCriteria.LanguageRequirement> essentials = essential
				? List.of(new MatchCriteria.LanguageRequirement("zh-wuu", 3, true)) : List.of();
		return new MatchCriteria(request.category(),
				List.of(new MatchCriteria.RequiredSkill(request.skill(), request.minLevel())),
				request.preferredSkill().isEmpty() ? List.of() : List.of(request.preferredSkill()), preferred,
				essentials, new MatchCriteria.Place(request.street(), null, null), weekly ? null : day,
				weekly ? null : from, weekly ? null : to,
				weekly ? new MatchCriteria.WeeklySlot(day.getDayOfWeek(), from, to, day, 4) : null, 120, 2,
				request.sensitive(), List.of(), null, 50);
	}

	Report run(List<PersonDocument> pool, List<Planned> requests) {
		Map<String, PersonDocument> system = byId(pool);
		Map<String, PersonDocument> quality = byId(pool);
		Map<String, PersonDocument> even = byId(pool);
		Map<String, Integer> systemCount = new HashMap<>();
		Map<String, Integer> qualityCount = new HashMap<>();
		Map<String, Integer> evenCount = new HashMap<>();
		Map<String, double[]> ndcg = new LinkedHashMap<>();
		List.of("all", "one-off", "weekly", "sensitive", "essential-language")
			.forEach((kind) -> ndcg.put(kind, new double[3]));
		int violations = 0;
		int overloaded = 0;
		int places = 0;
		java.util.Set<String> eligibleSomewhere = new java.util.HashSet<>();
		for (Planned request : requests) {
			Need need = this.matching.need(request.criteria());
			// The system, through the index.
			MatchResult result = this.matching.match(Callers.COORDINATOR.caller("simulation"), need);
			List<PersonDocument> proposed = result.candidates()
				.stream()
				.map((candidate) -> system.get(candidate.person().id()))
				.toList();
			for (PersonDocument person : proposed) {
				if (!HardConstraints.check(need, person).isEmpty()) {
					violations++;
				}
			}
			List<PersonDocument> eligibleNow = eligible(need, system);
			eligibleNow.forEach((person) -> eligibleSomewhere.add(person.id()));
			double systemNdcg = ndcg(need, proposed, eligibleNow);
			List<PersonDocument> staffed = proposed.subList(0, Math.min(need.peopleNeeded(), proposed.size()));
			List<PersonDocument> booked = new ArrayList<>();
			for (PersonDocument person : staffed) {
				if (MatchScoring.load(need, person) > OVERLOADED) {
					overloaded++;
				}
				places++;
				systemCount.merge(person.id(), 1, Integer::sum);
				PersonDocument after = book(need, person);
				system.put(after.id(), after);
				booked.add(after);
			}
			IndexFixture.index(booked);
			// By quality alone, in memory.
			List<PersonDocument> qualityEligible = eligible(need, quality);
			List<PersonDocument> byQuality = qualityEligible.stream()
				.sorted(Comparator.comparingDouble((PersonDocument person) -> qualityScore(need, person))
					.reversed()
					.thenComparing(PersonDocument::id))
				.toList();
			double qualityNdcg = ndcg(need, byQuality, qualityEligible);
			staff(need, byQuality, quality, qualityCount);
			// As evenly as possible, in memory.
			Map<String, Integer> counts = evenCount;
			List<PersonDocument> evenEligible = eligible(need, even);
			List<PersonDocument> evenly = evenEligible.stream()
				.sorted(Comparator.comparingInt((PersonDocument person) -> counts.getOrDefault(person.id(), 0))
					.thenComparing(Comparator.comparingDouble((PersonDocument person) -> qualityScore(need, person))
						.reversed())
					.thenComparing(PersonDocument::id))
				.toList();
			double evenNdcg = ndcg(need, evenly, evenEligible);
			staff(need, evenly, even, evenCount);
			for (String kind : kinds(request, need)) {
				double[] sums = ndcg.get(kind);
				sums[0] += systemNdcg;
				sums[1] += qualityNdcg;
				sums[2] += evenNdcg;
				ndcg.put(kind + "#", new double[] { ndcg.getOrDefault(kind + "#", new double[1])[0] + 1 });
			}
		}
		Map<String, double[]> means = new LinkedHashMap<>();
		ndcg.forEach((kind, sums) -> {
			if (!kind.endsWith("#")) {
				double n = ndcg.getOrDefault(kind + "#", new double[] { 0 })[0];
				means.put(kind, new double[] { sums[0] / n, sums[1] / n, sums[2] / n, n });
			}
		});
		return new Report(requests.size(), places, means, gini(systemCount, eligibleSomewhere),
				gini(qualityCount, eligibleSomewhere), gini(evenCount, eligibleSomewhere), overloaded, violations,
				above(system));
	}

	private static List<String> kinds(Planned request, Need need) {
		List<String> kinds = new ArrayList<>(List.of("all", request.weekly() ? "weekly" : "one-off"));
		if (need.sensitive()) {
			kinds.add("sensitive");
		}
		if (request.essential()) {
			kinds.add("essential-language");
		}
		return kinds;
	}

	private static int above(Map<String, PersonDocument> people) {
		return (int) people.values()
			.stream()
			.flatMap((person) -> person.engagementsOrNone().months().stream())
			.filter((month) -> month.remainingHours() < -1e-9)
			.count();
	}

	private static double qualityScore(Need need, PersonDocument person) {
		return MatchScoring.quality(MatchScoring.factors(need, person));
	}

	private static void staff(Need need, List<PersonDocument> ranked, Map<String, PersonDocument> state,
			Map<String, Integer> counts) {
		for (PersonDocument person : ranked.subList(0, Math.min(need.peopleNeeded(), ranked.size()))) {
			counts.merge(person.id(), 1, Integer::sum);
			state.put(person.id(), book(need, person));
		}
	}

	private static List<PersonDocument> eligible(Need need, Map<String, PersonDocument> state) {
		// The required skills first: cheap, and they leave a few dozen of thousands.
		return state.values()
			.stream()
			.filter((person) -> need.requiredSkills()
				.entrySet()
				.stream()
				.allMatch((skill) -> MatchScoring.level(person, skill.getKey()) >= skill.getValue()))
			.filter((person) -> HardConstraints.check(need, person).isEmpty())
			.toList();
	}

	/** The person after taking on the need: booked for each visit, its hours booked. */
	static PersonDocument book(Need need, PersonDocument person) {
		PersonDocument.Engagements engagements = person.engagementsOrNone();
		List<PersonDocument.TimeRange> bookings = new ArrayList<>(engagements.bookings());
		need.visits().forEach((visit) -> bookings.add(new PersonDocument.TimeRange(visit.startsAt(), visit.endsAt())));
		Map<String, PersonDocument.MonthLoad> months = new java.util.TreeMap<>();
		engagements.months().forEach((month) -> months.put(month.month(), month));
		need.hoursByMonth().forEach((month, hours) -> {
			PersonDocument.MonthLoad before = months.get(month);
			double booked = ((before != null) ? before.bookedHours() : 0) + hours;
			months.put(month, new PersonDocument.MonthLoad(month, booked, person.remainingHoursIn(month) - hours));
		});
		return IndexFixture.with(person,
				Map.of("version", person.version() + 1, "engagements",
						new PersonDocument.Engagements(bookings, List.copyOf(months.values()),
								engagements.specialFamiliesCompleted(), engagements.specialFamiliesRating())));
	}

	private static double ndcg(Need need, List<PersonDocument> ranked, List<PersonDocument> eligible) {
		List<Integer> ideal = eligible.stream()
			.map((person) -> MatchingEvaluationTests.grade(need, person))
			.filter((grade) -> grade > 0)
			.sorted(Comparator.reverseOrder())
			.limit(10)
			.toList();
		if (ideal.isEmpty()) {
			return 1.0;
		}
		List<Integer> gained = ranked.stream()
			.limit(10)
			.map((person) -> MatchingEvaluationTests.grade(need, person))
			.toList();
		return dcg(gained) / dcg(ideal);
	}

	private static double dcg(List<Integer> grades) {
		double dcg = 0;
		for (int i = 0; i < grades.size(); i++) {
			dcg += (Math.pow(2, grades.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
		}
		return dcg;
	}

	/** The Gini coefficient of assignments over everyone eligible for some request. */
	static double gini(Map<String, Integer> counts, java.util.Set<String> people) {
		List<Integer> values = people.stream().map((id) -> counts.getOrDefault(id, 0)).sorted().toList();
		double sum = values.stream().mapToInt(Integer::intValue).sum();
		if (sum == 0) {
			return 0;
		}
		double weighted = 0;
		for (int i = 0; i < values.size(); i++) {
			weighted += (i + 1) * values.get(i);
		}
		int n = values.size();
		return (2 * weighted) / (n * sum) - (n + 1.0) / n;
	}

	private static Map<String, PersonDocument> byId(List<PersonDocument> pool) {
		return pool.stream()
			.collect(Collectors.toMap(PersonDocument::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	/**
	 * A request of the month.
	 */
	record Planned(MatchingEvaluationTests.Request request, MatchCriteria criteria, boolean weekly, boolean essential) {
	}

	/**
	 * What the month showed.
	 *
	 * @param requests how many requests
	 * @param places how many places were staffed
	 * @param ndcg by kind: system, quality-only, most even, how many requests
	 * @param giniSystem Gini of assignments, the system
	 * @param giniQuality Gini by quality alone
	 * @param giniEven Gini of the most even spread
	 * @param overloaded places given to someone above 80 % of a month
	 * @param violations proposals that fail a hard constraint
	 * @param aboveCapacity months in which someone is booked beyond capacity
	 */
	record Report(int requests, int places, Map<String, double[]> ndcg, double giniSystem, double giniQuality,
			double giniEven, int overloaded, int violations, int aboveCapacity) {

		double distanceClosed() {
			return (this.giniQuality - this.giniSystem) / (this.giniQuality - this.giniEven);
		}

		double ndcgLoss() {
			return 1 - this.ndcg.get("all")[0] / this.ndcg.get("all")[1];
		}

		String describe() {
			StringBuilder text = new StringBuilder(String
				.format("%nStaffing simulation: %d requests, %d places over a month%n", this.requests, this.places));
			text.append("  nDCG@10              system  quality-only  most-even  requests\n");
			this.ndcg.forEach((kind, values) -> text.append(String.format("  %-20s %6.3f  %12.3f  %9.3f  %8.0f%n", kind,
					values[0], values[1], values[2], values[3])));
			text.append(String.format(
					"  Gini of assignments: system %.3f, quality-only %.3f, most even %.3f; distance closed %.0f %%, "
							+ "nDCG loss %.1f %%%n",
					this.giniSystem, this.giniQuality, this.giniEven, 100 * distanceClosed(), 100 * ndcgLoss()));
			text.append(String.format(
					"  places given to people above 80 %% of their month: %d; months booked beyond capacity: %d; "
							+ "hard-constraint violations: %d%n",
					this.overloaded, this.aboveCapacity, this.violations));
			return text.toString();
		}

	}

}
