package org.carepool.registry.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.ObjectBuilder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carepool.registry.access.Caller;
import org.carepool.registry.access.Role;
import org.carepool.registry.api.InvalidInput;
import org.carepool.registry.taxonomy.Taxonomy;
import org.carepool.search.FieldNames;
import org.carepool.search.PeopleIndex;
import org.carepool.search.PeopleQueries;
import org.carepool.search.PersonDocument;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Searches the people index for coordinators: free text, filters, a place, facets,
 * sorting and keyset pages. A street coordinator only ever finds people of their street.
 */
@Service
public class PeopleSearch {

	private static final ObjectMapper json = new ObjectMapper();

	/** The name of a facet's counts inside the filter that scopes them. */
	private static final String FACET = "facet";

	private final ElasticsearchClient client;

	private final Taxonomy taxonomy;

	private final SearchProperties properties;

	private final java.time.Clock clock;

	PeopleSearch(ElasticsearchClient client, Taxonomy taxonomy, SearchProperties properties, java.time.Clock clock) {
		this.client = client;
		this.taxonomy = taxonomy;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Searches people.
	 * @param caller a coordinator
	 * @param criteria what to look for
	 * @return a page of results
	 */
	public SearchPage search(Caller caller, SearchCriteria criteria) {
		BoolQuery.Builder bool = new BoolQuery.Builder();
		confine(caller, bool);
		if (criteria.q() != null && !criteria.q().isBlank()) {
			bool.must(PeopleQueries.text(criteria.q()));
		}
		Map<String, Query> chosen = chosen(criteria);
		window(criteria).ifPresent((window) -> {
			bool.filter(PeopleQueries.availableFor(window[0], window[1]));
			bool.mustNot(PeopleQueries.blackedOutOn(criteria.availableFrom().toLocalDate()));
		});
		if (criteria.certifiedOn() != null || criteria.certification() != null) {
			LocalDate day = (criteria.certifiedOn() != null) ? criteria.certifiedOn()
					: LocalDate.now(this.clock.withZone(Need.SHANGHAI));
			List<String> types = (criteria.certification() != null) ? List.of(criteria.certification())
					: this.taxonomy.terms(Taxonomy.Kind.CERTIFICATION_TYPES).stream().map(Taxonomy.Term::code).toList();
			bool.filter(PeopleQueries.certifiedOn(types, day));
		}
		if (criteria.status() != null) {
			bool.filter(PeopleQueries.is(FieldNames.STATUS, criteria.status()));
		}
		if (Boolean.TRUE.equals(criteria.special())) {
			bool.filter(PeopleQueries.is(FieldNames.TRAINED_FOR_SPECIAL_FAMILIES, true));
		}
		Optional<double[]> place = place(criteria.nearStreet(), criteria.lat(), criteria.lon());
		if (criteria.radiusKm() != null) {
			double[] point = place.orElseThrow(() -> InvalidInput.of("radiusKm", "search.place-required"));
			bool.filter(PeopleQueries.within(point[0], point[1], criteria.radiusKm()));
		}
		SearchCriteria.Sort sort = (criteria.sort() != null) ? criteria.sort() : SearchCriteria.Sort.RELEVANCE;
		if (sort == SearchCriteria.Sort.DISTANCE && place.isEmpty()) {
			throw InvalidInput.of("sort", "search.place-required");
		}
		int size = Math.min((criteria.size() != null) ? criteria.size() : 20, this.properties.maxPageSize());
		Query query = Query.of((q) -> q.bool(bool.build()));
		SearchRequest request = SearchRequest.of((s) -> {
			s.index(PeopleIndex.READ_ALIAS).query(query);
			if (!chosen.isEmpty()) {
				// The facets' choices filter the hits after the facet counts are taken,
				// so
				// each facet still counts its other values (the multi-select pattern).
				s.postFilter(all(chosen.values()));
			}
			s.size(size)
				.size(size)
				.trackTotalHits((t) -> t.enabled(true))
				.timeout(this.properties.timeout().toMillis() + "ms")
				.sort(sorts(sort, place))
				.highlight((h) -> h.encoder(co.elastic.clients.elasticsearch.core.search.HighlighterEncoder.Html)
					.preTags("<em>")
					.postTags("</em>")
					.requireFieldMatch(false)
					.fields(FieldNames.NAME, (f) -> f)
					.fields(FieldNames.TITLE, (f) -> f)
					.fields(FieldNames.ORGANISATION, (f) -> f)
					.fields(FieldNames.BIO, (f) -> f.fragmentSize(80).numberOfFragments(2))
					.fields(FieldNames.SKILL_LABELS, (f) -> f));
			if (criteria.after() != null) {
				s.searchAfter(cursor(criteria.after()));
			}
			else {
				// Facets come with the first page only: the later pages of the same query
				// have the same counts, and leaving them out keeps paging cheap.
				facetAggregations(s, chosen);
			}
			return s;
		});
		SearchResponse<PersonDocument> response = execute(request);
		List<SearchPage.Item> items = new ArrayList<>();
		for (Hit<PersonDocument> hit : response.hits().hits()) {
			PersonDocument person = hit.source();
			Double distance = place.filter((point) -> person.homeLocation() != null)
				.map((point) -> Geography.km(point[0], point[1], person.homeLocation().lat(),
						person.homeLocation().lon()))
				.orElse(null);
			items.add(new SearchPage.Item(person, hit.score(), distance, hit.highlight()));
		}
		List<Hit<PersonDocument>> hits = response.hits().hits();
		String next = (hits.size() == size) ? cursor(hits.get(hits.size() - 1).sort()) : null;
		long total = (response.hits().total() != null) ? response.hits().total().value() : items.size();
		return new SearchPage(total, items, facets(response.aggregations()), next);
	}

	/**
	 * Names for type-ahead: characters, pinyin or initials typed so far.
	 * @param caller a coordinator
	 * @param typed what was typed
	 * @return up to ten people whose name starts so
	 */
	public List<Suggestion> suggest(Caller caller, String typed) {
		Optional<String> street = confinedStreet(caller);
		int size = street.isPresent() ? 50 : 10;
		SearchRequest request = SearchRequest.of((s) -> s.index(PeopleIndex.READ_ALIAS)
			.size(0)
			.timeout(this.properties.timeout().toMillis() + "ms")
			.suggest((suggest) -> suggest.suggesters("name", (suggester) -> suggester.prefix(typed.strip())
				.completion((completion) -> completion.field(FieldNames.SUGGEST).skipDuplicates(true).size(size)))));
		SearchResponse<PersonDocument> response = execute(request);
		return response.suggest()
			.get("name")
			.stream()
			.flatMap((entry) -> entry.completion().options().stream())
			.map(CompletionSuggestOption::source)
			.filter((person) -> street.map((code) -> person.serviceStreets().contains(code)).orElse(true))
			.limit(10)
			.map((person) -> new Suggestion(person.id(), person.name(), person.homeStreet()))
			.toList();
	}

	Optional<double[]> place(String street, Double lat, Double lon) {
		if (street != null) {
			Taxonomy.Street found = this.taxonomy.street(street)
				.orElseThrow(() -> InvalidInput.of("nearStreet", "unknown-code"));
			return Optional.of(new double[] { found.latitude(), found.longitude() });
		}
		if (lat != null || lon != null) {
			if (lat == null || lon == null || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
				throw InvalidInput.of((lat == null || Math.abs(lat) > 90) ? "lat" : "lon", "type-mismatch");
			}
			return Optional.of(new double[] { lat, lon });
		}
		return Optional.empty();
	}

	void confine(Caller caller, BoolQuery.Builder bool) {
		confinedStreet(caller).ifPresent((street) -> bool.filter(PeopleQueries.is(FieldNames.SERVICE_STREETS, street)));
	}

	<T> SearchResponse<T> execute(SearchRequest request, Class<T> type) {
		try {
			SearchResponse<T> response = this.client.search(request, type);
			if (Boolean.TRUE.equals(response.timedOut())) {
				throw new SearchUnavailable("The search timed out", null);
			}
			return response;
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 400) {
				throw InvalidInput.of("q", "search.invalid");
			}
			throw new SearchUnavailable("Elasticsearch answered " + ex.status(), ex);
		}
		catch (IOException ex) {
			throw new SearchUnavailable("Elasticsearch cannot be reached", ex);
		}
		catch (RuntimeException ex) {
			if (ex.getCause() instanceof IOException) {
				throw new SearchUnavailable("Elasticsearch cannot be reached", ex);
			}
			throw ex;
		}
	}

	private SearchResponse<PersonDocument> execute(SearchRequest request) {
		return execute(request, PersonDocument.class);
	}

	private static Optional<String> confinedStreet(Caller caller) {
		if (caller.has(Role.ADMIN) || caller.has(Role.COORDINATOR)) {
			return Optional.empty();
		}
		return Optional.of(caller.street().orElse("\u0000none"));
	}

	private void known(Taxonomy.Kind kind, String code, String field) {
		if (!this.taxonomy.contains(kind, code)) {
			throw InvalidInput.of(field, "unknown-code");
		}
	}

	private static Optional<int[]> window(SearchCriteria criteria) {
		if (criteria.availableFrom() == null && criteria.availableTo() == null) {
			return Optional.empty();
		}
		if (criteria.availableFrom() == null || criteria.availableTo() == null) {
			throw InvalidInput.of((criteria.availableFrom() == null) ? "availableFrom" : "availableTo", "required");
		}
		if (!criteria.availableTo().isAfter(criteria.availableFrom())
				|| !criteria.availableTo().toLocalDate().equals(criteria.availableFrom().toLocalDate())) {
			throw InvalidInput.of("availableTo", "search.window");
		}
		int from = Geography.minuteOfWeek(criteria.availableFrom());
		int to = from + (int) java.time.Duration.between(criteria.availableFrom(), criteria.availableTo()).toMinutes();
		return Optional.of(new int[] { from, to });
	}

	/**
	 * The facets' choices, each a query by facet name: several values of one facet match
	 * any of them.
	 */
	private Map<String, Query> chosen(SearchCriteria criteria) {
		Map<String, Query> chosen = new LinkedHashMap<>();
		List<String> types = values(criteria.types());
		if (!types.isEmpty()) {
			chosen.put("types", PeopleQueries.anyOf(FieldNames.TYPES, types));
		}
		List<String> skills = values(criteria.skills());
		if (!skills.isEmpty()) {
			skills.forEach((code) -> known(Taxonomy.Kind.SKILLS, code, "skill"));
			int level = (criteria.minLevel() != null) ? criteria.minLevel() : 1;
			chosen.put("skills", any(skills.stream().map((code) -> PeopleQueries.skillAtLeast(code, level, false))));
		}
		List<String> areas = values(criteria.areas());
		if (!areas.isEmpty()) {
			chosen.put("skillAreas", any(areas.stream().map(PeopleQueries::skillArea)));
		}
		List<String> streets = values(criteria.streets());
		if (!streets.isEmpty()) {
			streets.forEach((code) -> known(Taxonomy.Kind.STREETS, code, "street"));
			chosen.put("streets", PeopleQueries.anyOf(FieldNames.SERVICE_STREETS, streets));
		}
		List<String> languages = values(criteria.languages());
		if (!languages.isEmpty()) {
			languages.forEach((code) -> known(Taxonomy.Kind.LANGUAGES, code, "language"));
			chosen.put("languages", any(languages.stream().map((code) -> PeopleQueries.speaks(code, 1))));
		}
		return chosen;
	}

	private static List<String> values(List<String> given) {
		return (given == null) ? List.of()
				: given.stream().filter((value) -> value != null && !value.isBlank()).distinct().toList();
	}

	private static Query any(java.util.stream.Stream<Query> queries) {
		List<Query> each = queries.toList();
		return (each.size() == 1) ? each.get(0)
				: Query.of((q) -> q.bool((b) -> b.should(each).minimumShouldMatch("1")));
	}

	private static Query all(java.util.Collection<Query> queries) {
		return Query.of((q) -> q.bool((b) -> b.filter(List.copyOf(queries))));
	}

	/**
	 * The facet counts. Each facet counts under the choices of all the other facets but
	 * not its own, so a coordinator who ticked one street still sees how many the other
	 * streets would add.
	 */
	private static void facetAggregations(SearchRequest.Builder search, Map<String, Query> chosen) {
		Map<String, Function<Aggregation.Builder, ObjectBuilder<Aggregation>>> facets = new LinkedHashMap<>();
		facets.put("skillAreas", (a) -> a.nested((n) -> n.path(FieldNames.SKILLS))
			.aggregations("values", (v) -> v.terms((t) -> t.field(FieldNames.SKILL_AREA).size(20))));
		facets.put("skills", (a) -> a.nested((n) -> n.path(FieldNames.SKILLS))
			.aggregations("values", (v) -> v.terms((t) -> t.field(FieldNames.SKILL_CODE).size(60))));
		facets.put("languages", (a) -> a.nested((n) -> n.path(FieldNames.LANGUAGES))
			.aggregations("values", (v) -> v.terms((t) -> t.field(FieldNames.LANGUAGE_CODE).size(20))));
		facets.put("streets", (a) -> a.terms((t) -> t.field(FieldNames.SERVICE_STREETS).size(20)));
		facets.put("types", (a) -> a.terms((t) -> t.field(FieldNames.TYPES).size(5)));
		facets.forEach((name, facet) -> {
			List<Query> others = chosen.entrySet()
				.stream()
				.filter((entry) -> !entry.getKey().equals(name))
				.map(Map.Entry::getValue)
				.toList();
			search.aggregations(name,
					(a) -> a.filter(others.isEmpty() ? Query.of((q) -> q.matchAll((m) -> m)) : all(others))
						.aggregations(FACET, facet));
		});
	}

	private static List<SortOptions> sorts(SearchCriteria.Sort sort, Optional<double[]> place) {
		SortOptions byId = SortOptions.of((s) -> s.field((f) -> f.field(FieldNames.ID).order(SortOrder.Asc)));
		SortOptions first = switch (sort) {
			case RELEVANCE -> SortOptions.of((s) -> s.score((score) -> score.order(SortOrder.Desc)));
			case DISTANCE -> SortOptions.of((s) -> s.geoDistance((g) -> g.field(FieldNames.HOME_LOCATION)
				.location((l) -> l.latlon((p) -> p.lat(place.get()[0]).lon(place.get()[1])))
				.order(SortOrder.Asc)));
			case HOURS -> SortOptions.of((s) -> s.field((f) -> f.field(FieldNames.TOTAL_HOURS).order(SortOrder.Desc)));
			case NAME -> SortOptions.of((s) -> s.field((f) -> f.field(FieldNames.NAME_PINYIN).order(SortOrder.Asc)));
		};
		return List.of(first, byId);
	}

	private Map<String, List<SearchPage.FacetCount>> facets(Map<String, Aggregate> aggregations) {
		Map<String, List<SearchPage.FacetCount>> facets = new LinkedHashMap<>();
		for (Map.Entry<String, Aggregate> entry : aggregations.entrySet()) {
			Aggregate aggregate = entry.getValue().filter().aggregations().get(FACET);
			List<StringTermsBucket> buckets = aggregate.isNested()
					? aggregate.nested().aggregations().get("values").sterms().buckets().array()
					: aggregate.sterms().buckets().array();
			facets.put(entry.getKey(),
					buckets.stream()
						.map((bucket) -> new SearchPage.FacetCount(bucket.key().stringValue(),
								label(entry.getKey(), bucket.key().stringValue()), bucket.docCount()))
						.toList());
		}
		return facets;
	}

	private String label(String facet, String code) {
		boolean english = LocaleContextHolder.getLocale().getLanguage().equals(Locale.ENGLISH.getLanguage());
		Optional<Taxonomy.Term> term = switch (facet) {
			case "skills" ->
				this.taxonomy.skill(code).map((skill) -> new Taxonomy.Term(code, skill.nameZh(), skill.nameEn()));
			case "streets" ->
				this.taxonomy.street(code).map((street) -> new Taxonomy.Term(code, street.nameZh(), street.nameEn()));
			case "languages" ->
				this.taxonomy.terms(Taxonomy.Kind.LANGUAGES).stream().filter((t) -> t.code().equals(code)).findFirst();
			default -> Optional.empty();
		};
		return term.map((t) -> english ? t.nameEn() : t.nameZh()).orElse(code);
	}

	private static String cursor(List<FieldValue> values) {
		List<Object> plain = values.stream().map(FieldValue::_get).toList();
		try {
			return Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(plain));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<FieldValue> cursor(String encoded) {
		try {
			List<Object> plain = json.readValue(Base64.getUrlDecoder().decode(encoded), new TypeReference<>() {
			});
			return plain.stream().map(PeopleSearch::fieldValue).toList();
		}
		catch (IOException | IllegalArgumentException ex) {
			throw InvalidInput.of("after", "cursor.invalid");
		}
	}

	private static FieldValue fieldValue(Object value) {
		if (value instanceof Integer || value instanceof Long) {
			return FieldValue.of(((Number) value).longValue());
		}
		if (value instanceof Number number) {
			return FieldValue.of(number.doubleValue());
		}
		if (value instanceof Boolean flag) {
			return FieldValue.of(flag);
		}
		if (value == null) {
			return FieldValue.NULL;
		}
		return FieldValue.of(String.valueOf(value));
	}

	/**
	 * A name for type-ahead.
	 *
	 * @param id the person's id
	 * @param name the name
	 * @param homeStreet the street they live in
	 */
	public record Suggestion(String id, String name, String homeStreet) {
	}

}
