package org.carepool.search;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.GeoLocation;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.RangeRelation;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import org.carepool.local.elasticsearch.LocalElasticsearch.Account;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.carepool.search.PersonDocuments.LI_MING;
import static org.carepool.search.PersonDocuments.OUYANG_NANA;
import static org.carepool.search.PersonDocuments.PUTUO;
import static org.carepool.search.PersonDocuments.WANG_LI;
import static org.carepool.search.PersonDocuments.WANG_XIAOMING;
import static org.carepool.search.PersonDocuments.ZENG_XIAOXIAN;

/**
 * Tests for {@link PeopleIndexDefinition}: the queries of search and matching that its
 * mapping answers, on a real server with core features only, read through the
 * {@code people} alias.
 */
class PeopleIndexQueryTests {

	/** Monday 10:30–11:30 in minutes of the week. */
	private static final int MONDAY_1030 = 630;

	private static final int MONDAY_1130 = 690;

	private static ElasticsearchClient indexer;

	private static ElasticsearchClient registry;

	private static String index;

	@BeforeAll
	static void indexThePeople() throws IOException {
		indexer = SearchClients.connect(Account.INDEXER);
		registry = SearchClients.connect(Account.REGISTRY);
		index = PeopleIndexDefinition.current().create(indexer, Instant.now());
		indexer.indices()
			.updateAliases((aliases) -> aliases
				.actions((action) -> action.add((add) -> add.index(index).alias(PeopleIndex.READ_ALIAS)))
				.actions((action) -> action
					.add((add) -> add.index(index).alias(PeopleIndex.WRITE_ALIAS).isWriteIndex(true))));
		BulkResponse written = indexer.bulk((bulk) -> {
			PersonDocuments.ALL.forEach((person) -> bulk
				.operations((operation) -> operation.index((write) -> write.index(PeopleIndex.WRITE_ALIAS)
					.id(person.id())
					.version(person.version())
					.versionType(VersionType.ExternalGte)
					.document(IndexedPerson.source(person)))));
			return bulk.refresh(Refresh.True);
		});
		assertThat(written.errors()).as("bulk errors").isFalse();
	}

	@AfterAll
	static void deleteTheIndex() throws IOException {
		if (index != null) {
			indexer.indices().delete((delete) -> delete.index(index));
		}
		SearchClients.close(indexer);
		SearchClients.close(registry);
	}

	@Test
	void findsAChineseNameByPhraseAndNotByOneSharedCharacter() throws IOException {
		assertThat(ids(Query.of((q) -> q.matchPhrase((phrase) -> phrase.field(FieldNames.NAME).query("王晓明")))))
			.containsExactly(WANG_XIAOMING.id());
		assertThat(ids(Query.of((q) -> q.matchPhrase((phrase) -> phrase.field(FieldNames.NAME).query("晓明")))))
			.containsExactly(WANG_XIAOMING.id());
	}

	@Test
	void ranksTheWholeNameAboveNamesSharingOneCharacter() throws IOException {
		Query name = Query.of((q) -> q.bool((bool) -> bool
			.should((should) -> should.match((match) -> match.field(FieldNames.NAME).query("王晓明")))
			.should((should) -> should.match((match) -> match.field(FieldNames.NAME_BIGRAM).query("王晓明").boost(2f)))));
		List<String> found = ids(name);
		assertThat(found).first().isEqualTo(WANG_XIAOMING.id());
		assertThat(found).as("one shared character still recalls").contains(WANG_LI.id(), LI_MING.id());
		assertThat(ids(Query.of((q) -> q.match((match) -> match.field(FieldNames.NAME_BIGRAM).query("王晓明")))))
			.containsExactly(WANG_XIAOMING.id());
	}

	@Test
	void findsFreeTextInTheBioAndSkillLabels() throws IOException {
		assertThat(ids(Query.of((q) -> q.matchPhrase((phrase) -> phrase.field(FieldNames.BIO).query("哀伤辅导")))))
			.containsExactly(WANG_XIAOMING.id());
		assertThat(ids(Query.of((q) -> q.match((match) -> match.field(FieldNames.SKILL_LABELS).query("grief")))))
			.containsExactly(WANG_XIAOMING.id());
	}

	@Test
	void findsANameByPinyinInitialsAndMixedSpellings() throws IOException {
		for (String typed : List.of("wangxiaoming", "WangXiaoMing", "wxm", "WXM", "wangxm")) {
			assertThat(ids(typedName(typed))).as(typed).containsExactly(WANG_XIAOMING.id());
		}
	}

	@Test
	void findsPinyinPrefixesForTypeAhead() throws IOException {
		assertThat(ids(prefix(FieldNames.NAME_PINYIN, "wangx"))).containsExactly(WANG_XIAOMING.id());
		assertThat(ids(prefix(FieldNames.NAME_PINYIN, "wang"))).containsExactlyInAnyOrder(WANG_XIAOMING.id(),
				WANG_LI.id());
		assertThat(ids(prefix(FieldNames.NAME_PINYIN, "WangX"))).as("normalized").containsExactly(WANG_XIAOMING.id());
		assertThat(ids(prefix(FieldNames.NAME_INITIALS, "wx"))).containsExactly(WANG_XIAOMING.id());
		assertThat(ids(prefix(FieldNames.NAME_VARIANTS, "ouyangn"))).containsExactly(OUYANG_NANA.id());
	}

	@Test
	void suggestsNamesFromCharactersPinyinAndInitials() throws IOException {
		assertThat(suggestions("王")).contains("王晓明").doesNotContain("欧阳娜娜");
		assertThat(suggestions("wangx")).containsExactly("王晓明");
		assertThat(suggestions("wx")).containsExactly("王晓明");
		assertThat(suggestions("WangX")).containsExactly("王晓明");
		assertThat(suggestions("oyn")).containsExactly("欧阳娜娜");
	}

	@Test
	void findsOnlyPeopleWhoseAvailabilityContainsTheWholeWindow() throws IOException {
		assertThat(ids(availableFor(MONDAY_1030, MONDAY_1130, RangeRelation.Contains)))
			.containsExactlyInAnyOrder(WANG_XIAOMING.id(), ZENG_XIAOXIAN.id(), OUYANG_NANA.id());
		assertThat(ids(availableFor(MONDAY_1030, MONDAY_1130, RangeRelation.Intersects)))
			.as("overlapping is not enough")
			.contains(WANG_LI.id());
		assertThat(ids(availableFor(960, 1020, RangeRelation.Contains))).as("up to the end of a range")
			.containsExactlyInAnyOrder(WANG_XIAOMING.id(), OUYANG_NANA.id());
		assertThat(ids(availableFor(990, 1050, RangeRelation.Contains))).as("past the end of a range")
			.containsExactly(OUYANG_NANA.id());
	}

	@Test
	void excludesPeopleInABlackout() throws IOException {
		assertThat(ids(notInBlackout("2025-03-05", "2025-03-05"))).doesNotContain(OUYANG_NANA.id())
			.contains(WANG_XIAOMING.id());
		assertThat(ids(notInBlackout("2025-03-10", "2025-03-10"))).as("the last day of a blackout")
			.doesNotContain(OUYANG_NANA.id());
		assertThat(ids(notInBlackout("2025-03-11", "2025-03-11"))).as("the day after").contains(OUYANG_NANA.id());
		assertThat(ids(notInBlackout("2025-02-27", "2025-03-01"))).as("a request reaching into a blackout")
			.doesNotContain(OUYANG_NANA.id());
		assertThat(ids(notInBlackout("2025-10-03", "2025-10-03"))).doesNotContain(WANG_XIAOMING.id())
			.contains(OUYANG_NANA.id());
	}

	@Test
	void findsPeopleWithinADistance() throws IOException {
		Query near = Query.of((q) -> q.geoDistance((geo) -> geo.field(FieldNames.HOME_LOCATION)
			.distance("2km")
			.location((location) -> location.latlon((point) -> point.lat(PUTUO.lat()).lon(PUTUO.lon())))));
		assertThat(ids(near)).containsExactlyInAnyOrder(WANG_XIAOMING.id(), OUYANG_NANA.id());
	}

	@Test
	void ranksTheNearerPersonFirst() throws IOException {
		Query nearerFirst = Query.of(
				(q) -> q.functionScore(
						(score) -> score.query((all) -> all.matchAll((matchAll) -> matchAll))
							.functions((function) -> function.gauss((gauss) -> gauss.geo((geo) -> geo
								.field(FieldNames.HOME_LOCATION)
								.placement((placement) -> placement.origin(GeoLocation
									.of((origin) -> origin.latlon((point) -> point.lat(PUTUO.lat()).lon(PUTUO.lon()))))
									.scale("5km")
									.offset("0km")
									.decay(0.5)))))
							.boostMode(FunctionBoostMode.Replace)));
		assertThat(ids(nearerFirst)).containsExactly(WANG_XIAOMING.id(), OUYANG_NANA.id(), LI_MING.id(),
				ZENG_XIAOXIAN.id(), WANG_LI.id());
	}

	@Test
	void matchesTheMinimumLevelOnTheSameVerifiedSkill() throws IOException {
		assertThat(ids(skillAtLeast("PSY_COUNSELLING", 3))).containsExactlyInAnyOrder(WANG_XIAOMING.id(), WANG_LI.id());
	}

	@Test
	void namesTheCriteriaEachPersonMatched() throws IOException {
		Query matching = Query.of((q) -> q.bool((bool) -> bool
			.filter((filter) -> filter
				.term((term) -> term.field(FieldNames.STATUS).value("ACTIVE").queryName("active")))
			.filter((filter) -> filter
				.term((term) -> term.field(FieldNames.CONSENT_TO_CONTACT).value(true).queryName("consented")))
			.filter(named(skillAtLeast("PSY_COUNSELLING", 3), "skill"))
			.filter(named(availableFor(660, 690, RangeRelation.Contains), "available"))
			.should((should) -> should.nested((nested) -> nested.path(FieldNames.LANGUAGES)
				.query((language) -> language.bool((both) -> both
					.filter((code) -> code.term((term) -> term.field(FieldNames.LANGUAGE_CODE).value("zh-wuu-sh")))
					.filter((level) -> level.range((range) -> range
						.untyped((untyped) -> untyped.field(FieldNames.LANGUAGE_LEVEL).gte(JsonData.of(3)))))))
				.queryName("speaks-shanghainese")))));
		SearchResponse<PersonDocument> response = search(matching);
		Map<String, List<String>> matched = response.hits()
			.hits()
			.stream()
			.collect(Collectors.toMap(Hit::id, Hit::matchedQueries));
		assertThat(matched).containsOnlyKeys(WANG_XIAOMING.id(), WANG_LI.id());
		assertThat(matched.get(WANG_XIAOMING.id())).containsExactlyInAnyOrder("active", "consented", "skill",
				"available", "speaks-shanghainese");
		assertThat(matched.get(WANG_LI.id())).containsExactlyInAnyOrder("active", "consented", "skill", "available");
		assertThat(response.hits().hits().get(0).id()).isEqualTo(WANG_XIAOMING.id());
	}

	@Test
	void returnsTheDocumentAsIndexedWithoutSuggestInputs() throws IOException {
		SearchResponse<PersonDocument> response = search(
				Query.of((q) -> q.ids((ids) -> ids.values(WANG_XIAOMING.id()))));
		assertThat(response.hits().hits()).singleElement()
			.satisfies((hit) -> assertThat(hit.source()).isEqualTo(WANG_XIAOMING));
	}

	@Test
	void letsTheRegistryReadThroughTheAliasButNotWrite() throws IOException {
		SearchResponse<PersonDocument> read = registry.search(
				(search) -> search.index(PeopleIndex.READ_ALIAS).query((q) -> q.matchAll((all) -> all)),
				PersonDocument.class);
		assertThat(read.hits().total().value()).isEqualTo(PersonDocuments.ALL.size());
		for (String target : List.of(PeopleIndex.READ_ALIAS, PeopleIndex.WRITE_ALIAS, index)) {
			assertThatExceptionOfType(ElasticsearchException.class)
				.isThrownBy(() -> registry.index((write) -> write.index(target)
					.id("intruder")
					.document(IndexedPerson.source(WANG_XIAOMING.withVersion(1)))))
				.as(target)
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(403));
		}
		assertThatExceptionOfType(ElasticsearchException.class)
			.isThrownBy(() -> registry.delete((delete) -> delete.index(index).id(WANG_XIAOMING.id())))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(403));
	}

	private static Query typedName(String typed) {
		return Query.of((q) -> q.bool((bool) -> bool
			.should((should) -> should.term((term) -> term.field(FieldNames.NAME_PINYIN).value(typed)))
			.should((should) -> should.term((term) -> term.field(FieldNames.NAME_INITIALS).value(typed)))
			.should((should) -> should.term((term) -> term.field(FieldNames.NAME_VARIANTS).value(typed)))));
	}

	private static Query prefix(String field, String typed) {
		return Query.of((q) -> q.prefix((prefix) -> prefix.field(field).value(typed)));
	}

	private static Query availableFor(int fromMinute, int toMinute, RangeRelation relation) {
		return Query.of((q) -> q.range((range) -> range.untyped((untyped) -> untyped.field(FieldNames.AVAILABILITY)
			.gte(JsonData.of(fromMinute))
			.lt(JsonData.of(toMinute))
			.relation(relation))));
	}

	private static Query notInBlackout(String firstDay, String lastDay) {
		return Query.of((q) -> q.bool((bool) -> bool
			.mustNot((not) -> not.range((range) -> range.untyped((untyped) -> untyped.field(FieldNames.BLACKOUTS)
				.gte(JsonData.of(firstDay))
				.lte(JsonData.of(lastDay))
				.relation(RangeRelation.Intersects))))));
	}

	private static Query skillAtLeast(String code, int level) {
		return Query.of((q) -> q.nested((nested) -> nested.path(FieldNames.SKILLS)
			.query((skill) -> skill.bool((bool) -> bool
				.filter((filter) -> filter.term((term) -> term.field(FieldNames.SKILL_CODE).value(code)))
				.filter((filter) -> filter.term((term) -> term.field(FieldNames.SKILL_VERIFIED).value(true)))
				.filter((filter) -> filter.range((range) -> range
					.untyped((untyped) -> untyped.field(FieldNames.SKILL_LEVEL).gte(JsonData.of(level)))))))));
	}

	private static Query named(Query query, String name) {
		return Query.of((q) -> q.bool((bool) -> bool.filter(query).queryName(name)));
	}

	private static List<String> ids(Query query) throws IOException {
		return search(query).hits().hits().stream().map(Hit::id).toList();
	}

	private static SearchResponse<PersonDocument> search(Query query) throws IOException {
		return registry.search((search) -> search.index(PeopleIndex.READ_ALIAS).query(query).size(20),
				PersonDocument.class);
	}

	private static List<String> suggestions(String typed) throws IOException {
		SearchResponse<PersonDocument> response = registry.search((search) -> search.index(PeopleIndex.READ_ALIAS)
			.size(0)
			.suggest((suggest) -> suggest.suggesters("name", (suggester) -> suggester.prefix(typed)
				.completion((completion) -> completion.field(FieldNames.SUGGEST).skipDuplicates(true).size(5)))),
				PersonDocument.class);
		return response.suggest()
			.get("name")
			.get(0)
			.completion()
			.options()
			.stream()
			.map(CompletionSuggestOption::source)
			.map(PersonDocument::name)
			.toList();
	}

}
