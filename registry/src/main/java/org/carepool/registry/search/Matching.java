package org.carepool.registry.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.elastic.clients.elasticsearch._types.GeoLocation;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import org.carepool.registry.access.Caller;
import org.carepool.registry.taxonomy.Taxonomy;
import org.carepool.search.FieldNames;
import org.carepool.search.PeopleIndex;
import org.carepool.search.PeopleQueries;
import org.carepool.search.PersonDocument;

import org.springframework.stereotype.Service;

/**
 * Matches a need to people: the index finds everyone who passes every hard constraint,
 * the nearest and least busy first; the application then scores them from their
 * documents, ranks them and explains each place. "Why not?" checks one person against the
 * same constraints.
 */
@Service
public class Matching {

	/**
	 * What a candidate's document leaves out: the long texts and the schedule, which
	 * neither scoring nor the list of candidates uses (the profile shows them).
	 */
	static final List<String> CANDIDATE_OMITS = List.of(FieldNames.BIO, FieldNames.SKILL_LABELS,
			FieldNames.NAME_VARIANTS, FieldNames.AVAILABILITY, FieldNames.BLACKOUTS, FieldNames.BOOKINGS);

	/**
	 * What the explanation of a match says of the person who served the family before.
	 */
	public static final String CONTINUITY = "continuity:served-this-family-before";

	private final PeopleSearch search;

	private final Taxonomy taxonomy;

	private final SearchProperties properties;

	private final Clock clock;

	Matching(PeopleSearch search, Taxonomy taxonomy, SearchProperties properties, Clock clock) {
		this.search = search;
		this.taxonomy = taxonomy;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Checks match criteria against the taxonomy and resolves them into a need.
	 * @param criteria what a coordinator or a request asks for
	 * @return the need
	 */
	public Need need(MatchCriteria criteria) {
		return Need.of(criteria, this.taxonomy, this.clock, this.properties.maxCandidates());
	}

	/**
	 * The best candidates for match criteria, as {@code POST /api/matches} asks.
	 * @param caller a coordinator
	 * @param criteria the need
	 * @return the ranked candidates with explanations
	 */
	public MatchResult match(Caller caller, MatchCriteria criteria) {
		return match(caller, need(criteria));
	}

	/**
	 * The best candidates for a need: the one way the endpoint, staffing and draws match.
	 * At least {@code peopleNeeded} candidates come back when that many pass every hard
	 * constraint; the answer says plainly when fewer do.
	 * @param caller a coordinator
	 * @param need the need, with its exclusions and the family's earlier helpers
	 * @return the ranked candidates with explanations
	 */
	public MatchResult match(Caller caller, Need need) {
		BoolQuery.Builder bool = new BoolQuery.Builder();
		this.search.confine(caller, bool);
		HardConstraints.filter(need, bool);
		preferences(need, bool);
		Query query = Query.of((q) -> q.functionScore((score) -> {
			score.query((inner) -> inner.bool(bool.build()))
				.scoreMode(FunctionScoreMode.Sum)
				.boostMode(FunctionBoostMode.Sum)
				.functions(
						(f) -> f
							.gauss((g) -> g.untyped((u) -> u.field(FieldNames.ASSIGNMENTS_LAST_30_DAYS)
								.placement((p) -> p.origin(JsonData.of(0)).scale(JsonData.of(4)).decay(0.5))))
							.weight(2.0));
			if (need.place() != null) {
				score
					.functions(
							(f) -> f.gauss((g) -> g.geo((geo) -> geo.field(FieldNames.HOME_LOCATION)
								.placement((p) -> p.origin(GeoLocation
									.of((o) -> o.latlon((point) -> point.lat(need.place()[0]).lon(need.place()[1]))))
									.scale(need.scaleKm() + "km")
									.decay(0.5))))
								.weight(3.0));
			}
			return score;
		}));
		SearchRequest request = SearchRequest.of((s) -> s.index(PeopleIndex.READ_ALIAS)
			.query(query)
			.size(this.properties.candidatePool())
			.source((source) -> source.filter((filter) -> filter.excludes(CANDIDATE_OMITS)))
			.trackTotalHits((t) -> t.enabled(true))
			.timeout(this.properties.timeout().toMillis() + "ms"));
		SearchResponse<PersonDocument> response = this.search.execute(request, PersonDocument.class);
		List<Scored> scored = new ArrayList<>();
		for (Hit<PersonDocument> hit : response.hits().hits()) {
			PersonDocument person = hit.source();
			Map<String, Double> factors = MatchScoring.factors(need, person);
			scored.add(new Scored(person, MatchScoring.score(factors), MatchScoring.quality(factors), factors,
					hit.matchedQueries()));
		}
		List<Scored> ranked = rotate(scored, need.peopleNeeded());
		List<MatchResult.Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < Math.min(need.limit(), ranked.size()); i++) {
			Scored each = ranked.get(i);
			candidates.add(new MatchResult.Candidate(each.person(), i + 1, Math.round(each.score() * 1000) / 1000.0,
					explain(need, each)));
		}
		long eligible = (response.hits().total() != null) ? response.hits().total().value() : scored.size();
		return new MatchResult(eligible, need.peopleNeeded(), Math.max(0, need.peopleNeeded() - eligible), candidates);
	}

	/**
	 * Everyone of a type who passes every hard constraint of a need, by id, so that a
	 * draw among them can be replayed.
	 * @param caller a coordinator
	 * @param need the need
	 * @param type the person type, such as {@code EXPERT}
	 * @return the ids of the eligible people, sorted
	 */
	public List<UUID> eligible(Caller caller, Need need, String type) {
		BoolQuery.Builder bool = new BoolQuery.Builder();
		this.search.confine(caller, bool);
		HardConstraints.filter(need, bool);
		bool.filter(PeopleQueries.is(FieldNames.TYPES, type));
		SearchRequest request = SearchRequest.of((s) -> s.index(PeopleIndex.READ_ALIAS)
			.query((q) -> q.bool(bool.build()))
			.size(this.properties.candidatePool())
			.sort((sort) -> sort
				.field((f) -> f.field(FieldNames.ID).order(co.elastic.clients.elasticsearch._types.SortOrder.Asc)))
			.timeout(this.properties.timeout().toMillis() + "ms"));
		return this.search.execute(request, PersonDocument.class)
			.hits()
			.hits()
			.stream()
			.map((hit) -> UUID.fromString(hit.source().id()))
			.sorted(Comparator.comparing(UUID::toString))
			.toList();
	}

	/**
	 * The hard constraints one person fails for a need.
	 * @param caller a coordinator
	 * @param need the need
	 * @param person the person's id
	 * @return the failed constraints, and for a series the visits (or months) they fail
	 * on; {@code not-searchable} when the index does not hold them
	 */
	public MatchResult.WhyNot whyNot(Caller caller, Need need, UUID person) {
		BoolQuery.Builder bool = new BoolQuery.Builder();
		this.search.confine(caller, bool);
		bool.filter(PeopleQueries.is(FieldNames.ID, person.toString()));
		SearchRequest request = SearchRequest.of((s) -> s.index(PeopleIndex.READ_ALIAS)
			.query((q) -> q.bool(bool.build()))
			.size(1)
			.timeout(this.properties.timeout().toMillis() + "ms"));
		List<Hit<PersonDocument>> hits = this.search.execute(request, PersonDocument.class).hits().hits();
		if (hits.isEmpty()) {
			return new MatchResult.WhyNot(person.toString(), List.of("not-searchable"), List.of());
		}
		List<HardConstraints.Failure> failures = HardConstraints.check(need, hits.get(0).source());
		return new MatchResult.WhyNot(person.toString(), HardConstraints.failed(need, hits.get(0).source()),
				failures.stream()
					.filter((failure) -> failure.when() != null)
					.map(HardConstraints.Failure::describe)
					.toList());
	}

	/**
	 * Fairness picks who is asked first, quality orders the rest: the places needed go to
	 * the best by the whole score, fairness included, so work rotates among people of
	 * nearly equal fit; everyone after them is ranked by fit alone, so the best people,
	 * however busy, stay in view right below. Fits within the same hundredth count as
	 * equal, and among equals the less busy come first (the whole score): a few metres
	 * nearer never outranks a free person with someone who already has the work.
	 * @param scored the candidates
	 * @param places how many people are needed
	 * @return the ranking
	 */
	static <T extends Ranked> List<T> rotate(List<T> scored, int places) {
		List<T> byScore = new ArrayList<>(scored);
		byScore.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(Ranked::id));
		List<T> ranked = new ArrayList<>(byScore.subList(0, Math.min(places, byScore.size())));
		List<T> rest = new ArrayList<>(byScore.subList(ranked.size(), byScore.size()));
		rest.sort(Comparator.comparingLong((T each) -> Math.round(each.quality() * 100))
			.reversed()
			.thenComparing(Comparator.comparingDouble(Ranked::score).reversed())
			.thenComparing(Ranked::id));
		ranked.addAll(rest);
		return ranked;
	}

	private static void preferences(Need need, BoolQuery.Builder bool) {
		need.preferredSkills()
			.forEach((code) -> bool
				.should(PeopleQueries.named(PeopleQueries.skillAtLeast(code, 1, false), "preferred-skill:" + code)));
		need.preferredLanguages()
			.forEach((code, level) -> bool
				.should(PeopleQueries.named(PeopleQueries.speaks(code, level), "language:" + code)));
		if (need.street() != null) {
			bool.should(PeopleQueries.is(FieldNames.HOME_STREET, need.street()));
		}
	}

	private static MatchResult.Explanation explain(Need need, Scored scored) {
		PersonDocument person = scored.person();
		List<String> matched = new ArrayList<>(scored.matched());
		matched.add("no-blackout");
		matched.add("not-booked");
		if (need.street() != null) {
			matched.add("street:"
					+ MatchScoring.band(need, person).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
		}
		if (need.servedFamilyBefore().contains(person.id())) {
			matched.add(CONTINUITY);
		}
		Map<String, Integer> levels = new LinkedHashMap<>();
		need.requiredSkills().keySet().forEach((code) -> levels.put(code, MatchScoring.level(person, code)));
		need.preferredSkills().forEach((code) -> {
			int level = MatchScoring.level(person, code);
			if (level > 0) {
				levels.put(code, level);
			}
		});
		Double km = (need.place() != null && person.homeLocation() != null) ? Geography.km(need.place()[0],
				need.place()[1], person.homeLocation().lat(), person.homeLocation().lon()) : null;
		return new MatchResult.Explanation(matched.stream().sorted().toList(), km, levels,
				person.assignmentsLast30Days(), person.hoursThisMonth(), MatchScoring.shares(scored.factors()));
	}

	/**
	 * A scored candidate, as {@link #rotate} ranks them.
	 */
	interface Ranked {

		String id();

		double score();

		double quality();

	}

	private record Scored(PersonDocument person, double score, double quality, Map<String, Double> factors,
			List<String> matched) implements Ranked {

		@Override
		public String id() {
			return this.person.id();
		}

	}

}
