package org.carepool.registry.search;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.carepool.registry.RegistryTest;
import org.carepool.registry.access.Callers;
import org.carepool.registry.changefeed.SearchDocumentFeed;
import org.carepool.registry.synthetic.SyntheticPeople;
import org.carepool.registry.taxonomy.Taxonomy;
import org.carepool.search.PersonDocument;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The judged evaluation of matching (docs/matching-judgements.md): thirty requests over a
 * fixed synthetic pool, each candidate graded 0–3 by written rules; prints nDCG@10, MRR,
 * hard-constraint violations and equity, and fails below nDCG@10 0.85 or on any
 * violation.
 */
@RegistryTest
class MatchingEvaluationTests {

	private static final long POOL_SEED = 4242;

	private static final int POOL_SIZE = 3000;

	/**
	 * category, required skill, minimum level, preferred skill or "", Shanghainese?,
	 * sensitive?, street, day, start.
	 */
	static final List<Request> REQUESTS = List.of(
			new Request("family-support", "psy.grief", 3, "", true, true, "changzheng-town", DayOfWeek.SATURDAY, 9),
			new Request("family-support", "care.visiting", 2, "", true, false, "caoyang-xincun", DayOfWeek.WEDNESDAY,
					14),
			new Request("family-support", "care.emotional", 2, "", false, true, "wanli", DayOfWeek.SUNDAY, 14),
			new Request("family-support", "care.escort", 2, "", false, false, "ganquan-road", DayOfWeek.TUESDAY, 9),
			new Request("family-support", "sw.casework", 3, "", false, true, "taopu-town", DayOfWeek.THURSDAY, 14),
			new Request("rights-protection", "law.inheritance-elderly", 3, "", true, false, "zhenru-town",
					DayOfWeek.SATURDAY, 9),
			new Request("rights-protection", "law.family", 3, "", false, false, "changshou-road", DayOfWeek.MONDAY, 19),
			new Request("rights-protection", "law.policy-benefits", 2, "", true, false, "yichuan-road",
					DayOfWeek.FRIDAY, 14),
			new Request("rights-protection", "law.mediation", 2, "", false, false, "shiquan-road", DayOfWeek.WEDNESDAY,
					19),
			new Request("reproductive-health-consulting", "rh.contraception", 3, "", false, false, "changfeng-xincun",
					DayOfWeek.SATURDAY, 14),
			new Request("reproductive-health-consulting", "rh.menopause", 2, "", true, false, "caoyang-xincun",
					DayOfWeek.TUESDAY, 14),
			new Request("reproductive-health-consulting", "rh.infertility", 3, "", false, false, "changshou-road",
					DayOfWeek.SATURDAY, 9),
			new Request("prenatal-childcare-guidance", "mch.pregnancy", 3, "", false, false, "taopu-town",
					DayOfWeek.THURSDAY, 9),
			new Request("prenatal-childcare-guidance", "mch.infant-care", 2, "", true, false, "wanli", DayOfWeek.SUNDAY,
					9),
			new Request("prenatal-childcare-guidance", "mch.parenting", 2, "", false, false, "changzheng-town",
					DayOfWeek.SATURDAY, 14),
			new Request("prenatal-childcare-guidance", "mch.preconception", 2, "", false, false, "zhenru-town",
					DayOfWeek.MONDAY, 14),
			new Request("publicity-education", "pub.event", 2, "", false, false, "ganquan-road", DayOfWeek.SATURDAY, 9),
			new Request("publicity-education", "pub.new-media", 2, "", false, false, "shiquan-road", DayOfWeek.TUESDAY,
					19),
			new Request("publicity-education", "edu.lecture", 3, "", false, false, "yichuan-road", DayOfWeek.WEDNESDAY,
					14),
			new Request("publicity-education", "edu.youth-health", 3, "", false, false, "changfeng-xincun",
					DayOfWeek.FRIDAY, 14),
			new Request("publicity-education", "rh.sti-hiv", 2, "", false, false, "caoyang-xincun", DayOfWeek.SATURDAY,
					14),
			new Request("publicity-education", "rh.adolescent", 2, "", false, false, "wanli", DayOfWeek.THURSDAY, 14),
			new Request("publicity-education", "pub.photo-video", 2, "", false, false, "changzheng-town",
					DayOfWeek.SUNDAY, 9),
			new Request("family-health-promotion", "fh.chronic", 2, "", true, false, "taopu-town", DayOfWeek.TUESDAY,
					9),
			new Request("family-health-promotion", "fh.nutrition", 2, "", false, false, "zhenru-town",
					DayOfWeek.THURSDAY, 14),
			new Request("family-health-promotion", "fh.elderly-care", 2, "", true, false, "changshou-road",
					DayOfWeek.WEDNESDAY, 9),
			new Request("family-health-promotion", "fh.instructor", 3, "", false, false, "ganquan-road",
					DayOfWeek.SATURDAY, 14),
			new Request("family-support", "psy.counselling", 3, "psy.crisis", true, false, "yichuan-road",
					DayOfWeek.SATURDAY, 14),
			new Request("family-support", "psy.marriage-family", 2, "", false, false, "shiquan-road", DayOfWeek.SUNDAY,
					14),
			new Request("family-support", "sw.groupwork", 2, "care.emotional", false, false, "changfeng-xincun",
					DayOfWeek.FRIDAY, 9));

	@Autowired
	private SyntheticPeople synthetic;

	@Autowired
	private SearchDocumentFeed feed;

	@Autowired
	private Matching matching;

	@Autowired
	private Taxonomy taxonomy;

	@Autowired
	private Clock clock;

	@Test
	void ranksWellAndNeverProposesSomeoneWhoFailsAHardConstraint() {
		IndexFixture.shared();
		this.synthetic.load(POOL_SEED, POOL_SIZE);
		IndexFixture.indexAll(this.feed);
		List<PersonDocument> pool = everyone();
		Map<String, PersonDocument> byId = pool.stream()
			.collect(Collectors.toMap(PersonDocument::id, java.util.function.Function.identity()));
		double ndcgSum = 0;
		double mrrSum = 0;
		int evaluated = 0;
		int violations = 0;
		Set<String> eligibleSomewhere = new HashSet<>();
		Set<String> proposedSomewhere = new HashSet<>();
		StringBuilder table = new StringBuilder();
		for (Request request : REQUESTS) {
			MatchCriteria criteria = request.criteria(this.clock);
			Need need = Need.of(criteria, this.taxonomy, this.clock, 50);
			Map<String, Integer> grades = pool.stream()
				.collect(Collectors.toMap(PersonDocument::id, (person) -> grade(need, person)));
			List<Integer> ideal = grades.values().stream().filter((g) -> g > 0).sorted((a, b) -> b - a).toList();
			MatchResult result = this.matching.match(Callers.COORDINATOR.caller("evaluation"), criteria);
			List<String> top = result.candidates().stream().map((c) -> c.person().id()).limit(10).toList();
			for (MatchResult.Candidate candidate : result.candidates()) {
				// Checked against the whole document: a candidate's leaves the schedule
				// out.
				if (!HardConstraints.failed(need, byId.get(candidate.person().id())).isEmpty()) {
					violations++;
				}
			}
			grades.forEach((id, grade) -> {
				if (grade > 0) {
					eligibleSomewhere.add(id);
				}
			});
			proposedSomewhere.addAll(top);
			table.append(String.format("  %-32s %-24s eligible %4d  proposed %2d", request.category(),
					request.skill() + "≥" + request.minLevel(), ideal.size(), result.candidates().size()));
			if (ideal.isEmpty()) {
				table.append("  (no eligible person: not scored)\n");
				assertThat(result.candidates()).isEmpty();
				continue;
			}
			List<Integer> gained = top.stream().map((id) -> grades.getOrDefault(id, 0)).toList();
			double ndcg = dcg(gained) / dcg(ideal.subList(0, Math.min(10, ideal.size())));
			int best = ideal.get(0);
			double reciprocal = 0;
			for (int i = 0; i < gained.size(); i++) {
				if (gained.get(i) == best) {
					reciprocal = 1.0 / (i + 1);
					break;
				}
			}
			table.append(String.format("  nDCG@10 %.3f  RR %.2f%n", ndcg, reciprocal));
			ndcgSum += ndcg;
			mrrSum += reciprocal;
			evaluated++;
		}
		double ndcg = ndcgSum / evaluated;
		double mrr = mrrSum / evaluated;
		double equity = proposedSomewhere.stream().filter(eligibleSomewhere::contains).count()
				/ (double) eligibleSomewhere.size();
		System.out.printf("%nMatching evaluation over %d people, %d requests (%d with eligible people):%n%s",
				pool.size(), REQUESTS.size(), evaluated, table);
		System.out.printf(
				"  nDCG@10 %.3f   MRR %.3f   hard-constraint violations %d   equity %.3f (%d of %d eligible "
						+ "people appear in some top 10)%n%n",
				ndcg, mrr, violations, equity, proposedSomewhere.stream().filter(eligibleSomewhere::contains).count(),
				eligibleSomewhere.size());
		assertThat(violations).isZero();
		assertThat(evaluated).isGreaterThanOrEqualTo(25);
		assertThat(ndcg).isGreaterThanOrEqualTo(0.85);
		simulateAMonthOfStaffing(pool);
	}

	/**
	 * A month of staffing over the same pool (120 requests, 228 places): fails on any
	 * hard-constraint violation, on anyone booked beyond capacity or staffed above 80 %
	 * of a month, and when fairness closes less than half of the Gini distance or costs
	 * more than 2 % of nDCG@10.
	 */
	private void simulateAMonthOfStaffing(List<PersonDocument> pool) {
		long started = System.nanoTime();
		StaffingSimulation simulation = new StaffingSimulation(this.matching, this.taxonomy, this.clock);
		StaffingSimulation.Report report = simulation.run(pool, simulation.requests(REQUESTS));
		System.out.print(report.describe());
		System.out.printf("  (simulated in %.1f s)%n%n", (System.nanoTime() - started) / 1e9);
		assertThat(report.violations()).isZero();
		assertThat(report.aboveCapacity()).isZero();
		assertThat(report.overloaded()).isZero();
		// The goal of issue 19: fairness closes at least half of the distance from
		// quality-only ranking to the most even spread, for at most 2 % of quality-only
		// nDCG@10 (docs/matching.md has the figures, over dates as well).
		assertThat(report.distanceClosed()).isGreaterThanOrEqualTo(0.50);
		assertThat(report.ndcgLoss()).isLessThanOrEqualTo(0.02);
		assertThat(report.places()).isGreaterThan(200);
	}

	/**
	 * The written grading rules of docs/matching-judgements.md.
	 */
	static int grade(Need need, PersonDocument person) {
		if (!HardConstraints.failed(need, person).isEmpty()) {
			return 0;
		}
		boolean skilled = need.requiredSkills()
			.entrySet()
			.stream()
			.allMatch((required) -> MatchScoring.level(person, required.getKey()) >= required.getValue() + 1);
		double km = (person.homeLocation() != null) ? Geography.km(need.place()[0], need.place()[1],
				person.homeLocation().lat(), person.homeLocation().lon()) : Double.MAX_VALUE;
		int wanted = need.preferredSkills().size() + need.preferredLanguages().size();
		long met = need.preferredSkills().stream().filter((code) -> MatchScoring.level(person, code) > 0).count()
				+ need.preferredLanguages()
					.entrySet()
					.stream()
					.filter((language) -> MatchScoring.speaks(person, language.getKey()) >= language.getValue())
					.count();
		boolean preferred = wanted == 0 || met * 2 >= wanted;
		if (skilled && km <= need.scaleKm() && preferred && person.assignmentsLast30Days() <= 1) {
			return 3;
		}
		int good = (skilled ? 1 : 0) + ((km <= 2 * need.scaleKm()) ? 1 : 0) + (preferred ? 1 : 0);
		return (good >= 2) ? 2 : 1;
	}

	private List<PersonDocument> everyone() {
		List<PersonDocument> everyone = new ArrayList<>();
		UUID after = null;
		do {
			SearchDocumentFeed.Snapshot page = this.feed.snapshot(after, null, 1000);
			everyone.addAll(page.documents());
			after = page.next();
		}
		while (after != null);
		return everyone;
	}

	private static double dcg(List<Integer> grades) {
		double dcg = 0;
		for (int i = 0; i < grades.size(); i++) {
			dcg += (Math.pow(2, grades.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
		}
		return dcg;
	}

	/**
	 * One judged request.
	 */
	record Request(String category, String skill, int minLevel, String preferredSkill, boolean shanghainese,
			boolean sensitive, String street, DayOfWeek day, int startHour) {

		MatchCriteria criteria(Clock clock) {
			LocalDate date = LocalDate.now(clock.withZone(Need.SHANGHAI))
				.plusDays(7)
				.with(TemporalAdjusters.nextOrSame(this.day));
			return new MatchCriteria(this.category, List.of(new MatchCriteria.RequiredSkill(this.skill, this.minLevel)),
					this.preferredSkill.isEmpty() ? List.of() : List.of(this.preferredSkill),
					this.shanghainese ? List.of("zh-wuu") : List.of(), List.of(),
					new MatchCriteria.Place(this.street, null, null), date, LocalTime.of(this.startHour, 0),
					LocalTime.of(this.startHour + 2, 0), null, 120, 2, this.sensitive, List.of(), null, 50);
		}

	}

}
