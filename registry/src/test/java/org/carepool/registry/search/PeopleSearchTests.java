package org.carepool.registry.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.carepool.registry.RegistryTest;
import org.carepool.registry.access.Callers;
import org.carepool.registry.changefeed.SearchDocumentFeed;
import org.carepool.registry.person.ConsentRequest;
import org.carepool.registry.person.Gender;
import org.carepool.registry.person.PersonManagement;
import org.carepool.registry.person.PersonResponse;
import org.carepool.registry.person.PersonType;
import org.carepool.registry.person.RegisterPersonRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PeopleSearch} through {@code /api/people/search} and
 * {@code /api/people/suggest}, on the real Elasticsearch with documents the registry
 * built.
 */
@RegistryTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleSearchTests {

	// A name nobody else in the shared test database has, so searches are exact.
	private static final String TAG = "tag" + new java.util.Random().ints(8, 'a', 'z' + 1)
		.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private PersonManagement people;

	@Autowired
	private SearchDocumentFeed feed;

	private PersonResponse zeng;

	private PersonResponse ouyang;

	private PersonResponse wang;

	private PersonResponse rare;

	@BeforeAll
	void indexThreePeople() {
		IndexFixture.shared();
		this.zeng = register("曾小贤", "changzheng-town", 31.2401, 121.3802, "psy.grief", 4, "zh-wuu", true,
				"上海市精神卫生中心" + TAG, "二级心理咨询师");
		this.ouyang = register("欧阳娜娜", "changzheng-town", 31.2560, 121.4050, "psy.grief", 2, "en", false,
				"长征镇社区卫生服务中心" + TAG, "社工");
		this.rare = register("乜婺翊", "changzheng-town", 31.2400, 121.3800, "care.visiting", 3, "zh-cmn", false,
				"志愿者协会" + TAG, "志愿者");
		this.wang = register("王晓明", "taopu-town", 31.2850, 121.3850, "law.family", 5, "zh-cmn", false, "律师事务所" + TAG,
				"律师");
		IndexFixture.index(this.feed, List.of(this.zeng.id(), this.ouyang.id(), this.wang.id(), this.rare.id()));
	}

	@Test
	void findsPeopleByChineseNamePinyinAndInitials() {
		assertThat(ids("q=曾小贤")).first().isEqualTo(this.zeng.id().toString());
		assertThat(ids("q=zengxiaoxian")).first().isEqualTo(this.zeng.id().toString());
		assertThat(ids("q=zxx&size=50")).contains(this.zeng.id().toString());
		assertThat(ids("q=ouyangnn&size=50")).contains(this.ouyang.id().toString());
		assertThat(ids("q=律师事务所" + TAG)).containsExactly(this.wang.id().toString());
	}

	@Test
	void findsPeopleBySkillLabelInChineseOrEnglish() {
		assertThat(ids("q=哀伤辅导&street=changzheng-town&size=50&skill=psy.grief&minLevel=4&special=true"))
			.contains(this.zeng.id().toString());
		assertThat(ids("q=Family law advice&street=taopu-town&skill=law.family&minLevel=5&size=50"))
			.contains(this.wang.id().toString());
	}

	@Test
	void filtersBySkillLevelLanguageStreetAndSpecialTraining() {
		assertThat(ids("q=" + TAG + "&skill=psy.grief&minLevel=3&street=changzheng-town"))
			.containsExactly(this.zeng.id().toString());
		assertThat(ids("language=zh-wuu&q=曾小贤")).first().isEqualTo(this.zeng.id().toString());
		assertThat(ids("q=" + TAG + "&special=true&street=changzheng-town&skill=psy.grief"))
			.containsExactly(this.zeng.id().toString());
	}

	@Test
	void matchesAnyValueWithinAFacetAndEveryFacetTogether() {
		String all = "q=" + TAG + "&size=50";
		assertThat(ids(all + "&street=changzheng-town&street=taopu-town")).containsExactlyInAnyOrder(
				this.zeng.id().toString(), this.ouyang.id().toString(), this.rare.id().toString(),
				this.wang.id().toString());
		assertThat(ids(all + "&skill=psy.grief&skill=law.family")).containsExactlyInAnyOrder(this.zeng.id().toString(),
				this.ouyang.id().toString(), this.wang.id().toString());
		assertThat(ids(all + "&skill=psy.grief&skill=law.family&street=taopu-town"))
			.containsExactly(this.wang.id().toString());
		assertThat(ids(all + "&language=zh-wuu&language=en")).containsExactlyInAnyOrder(this.zeng.id().toString(),
				this.ouyang.id().toString());
		assertThat(ids(all + "&skill=psy.grief&skill=law.family&minLevel=4"))
			.containsExactlyInAnyOrder(this.zeng.id().toString(), this.wang.id().toString());
	}

	@Test
	void countsEachFacetUnderTheOtherFacetsChoicesButNotItsOwn() {
		MvcTestResult taopu = get("q=" + TAG + "&size=50&street=taopu-town");

		assertThat(taopu).hasStatusOk().bodyJson().extractingPath("$.total").isEqualTo(1);
		// The street facet still says how many the other street would add ...
		List<Integer> changzheng = JsonPath.read(body(taopu), "$.facets.streets[?(@.value=='changzheng-town')].count");
		assertThat(changzheng).containsExactly(3);
		// ... while the other facets count only the people of the street chosen.
		List<String> skills = JsonPath.read(body(taopu), "$.facets.skills[*].value");
		assertThat(skills).containsExactly("law.family");
		MvcTestResult both = get("q=" + TAG + "&size=50&street=taopu-town&skill=psy.grief");
		assertThat(both).bodyJson().extractingPath("$.total").isEqualTo(0);
		List<Integer> grief = JsonPath.read(body(both), "$.facets.skills[?(@.value=='psy.grief')].count");
		assertThat(grief).isEmpty();
		List<Integer> changzhengForGrief = JsonPath.read(body(both),
				"$.facets.streets[?(@.value=='changzheng-town')].count");
		assertThat(changzhengForGrief).containsExactly(2);
	}

	@Test
	void filtersByAvailabilityForTheWholeWindow() {
		// Both are available on Saturdays 09:00–12:00.
		LocalDate saturday = LocalDate.of(2026, 12, 5);
		assertThat(ids("q=" + TAG + "&availableFrom=" + saturday + "T09:30:00&availableTo=" + saturday
				+ "T11:00:00&skill=psy.grief&size=50"))
			.contains(this.zeng.id().toString(), this.ouyang.id().toString());
		assertThat(ids("q=" + TAG + "&availableFrom=" + saturday + "T11:30:00&availableTo=" + saturday
				+ "T12:30:00&skill=psy.grief&size=50"))
			.isEmpty();
	}

	@Test
	void sortsByDistanceFromAStreetAndSaysHowFar() {
		MvcTestResult result = get("q=" + TAG
				+ "&skill=psy.grief&street=changzheng-town&nearStreet=changzheng-town&radiusKm=5&sort=DISTANCE");
		assertThat(result).hasStatusOk().bodyJson().extractingPath("$.items[0].distanceKm").isEqualTo(0.0);
		List<String> ids = JsonPath.read(body(result), "$.items[*].person.id");
		assertThat(ids.indexOf(this.zeng.id().toString())).isLessThan(ids.indexOf(this.ouyang.id().toString()));
	}

	@Test
	void countsFacetsAndHighlightsMatches() {
		MvcTestResult result = get("q=曾小贤");
		assertThat(result).hasStatusOk().bodyJson().extractingPath("$.facets.skillAreas").asArray().isNotEmpty();
		assertThat(result).bodyJson().extractingPath("$.facets.streets[*].value").asArray().contains("changzheng-town");
		assertThat(result).bodyJson().extractingPath("$.items[0].highlights.name[0]").asString().contains("<em>");
	}

	@Test
	void pagesWithSearchAfter() {
		MvcTestResult first = get("q=" + TAG + "&street=changzheng-town&size=1&sort=NAME");
		String next = JsonPath.read(body(first), "$.next");
		String firstId = JsonPath.read(body(first), "$.items[0].person.id");
		MvcTestResult second = get("q=" + TAG + "&street=changzheng-town&size=1&sort=NAME&after=" + next);
		assertThat(second).hasStatusOk();
		String secondId = JsonPath.read(body(second), "$.items[0].person.id");
		assertThat(secondId).isNotEqualTo(firstId);
		assertThat(first).bodyJson().extractingPath("$.facets.streets").asArray().isNotEmpty();
		assertThat(second).bodyJson().extractingPath("$.facets").asMap().isEmpty();
	}

	@Test
	void confinesStreetCoordinatorsToTheirStreet() {
		assertThat(this.mvc.get().uri("/api/people/search?q=王晓明").with(Callers.STREET_COORDINATOR.any())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].person.serviceStreets")
			.asArray()
			.allSatisfy((streets) -> assertThat(streets.toString()).contains("changzheng-town"));
		assertThat(this.mvc.get().uri("/api/people/suggest?q=wangxiaom").with(Callers.STREET_COORDINATOR.any()))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.doesNotContain(this.wang.id().toString());
	}

	@Test
	void suggestsNamesFromCharactersPinyinAndInitials() {
		for (String typed : List.of("乜婺", "niewu", "nwy")) {
			assertThat(this.mvc.get().uri("/api/people/suggest?q=" + typed).with(Callers.COORDINATOR.any()))
				.hasStatusOk()
				.bodyJson()
				.extractingPath("$[*].name")
				.asArray()
				.contains("乜婺翊");
		}
	}

	@Test
	void namesTheInvalidParameter() {
		assertThat(get("sort=DISTANCE")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("sort");
		assertThat(get("skill=psy.astrology")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("skill");
		assertThat(get("size=500")).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("size");
		assertThat(get("after=%%%")).hasStatus(400);
		assertThat(get("availableFrom=2026-12-05T10:00:00&availableTo=2026-12-05T09:00:00")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("availableTo");
	}

	private PersonResponse register(String name, String street, double lat, double lon, String skill, int level,
			String language, boolean special, String employer, String title) {
		var coordinator = Callers.COORDINATOR.caller("search-test");
		int saturday = 5 * 1440;
		PersonResponse person = this.people.register(coordinator,
				new RegisterPersonRequest(name, Gender.FEMALE, 1970, employer, title, name + "擅长哀伤辅导与家庭支持。", null, null,
						null, street, new RegisterPersonRequest.Location(lat, lon), List.of(street),
						List.of(new RegisterPersonRequest.LanguageInput(language, 5)),
						List.of(new RegisterPersonRequest.SkillInput(skill, level, 8)),
						List.of(new RegisterPersonRequest.SlotInput(saturday + 540, saturday + 720)), List.of(), 20,
						Set.of(PersonType.EXPERT), special, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)));
		this.people.transition(coordinator, person.id(), org.carepool.registry.person.PersonStatus.ACTIVE);
		return this.people.recordConsent(coordinator, person.id(),
				new ConsentRequest("2026-01", List.of("registry", "matching", "contact")));
	}

	private List<String> ids(String query) {
		MvcTestResult result = get(query);
		assertThat(result).hasStatusOk();
		return JsonPath.read(body(result), "$.items[*].person.id");
	}

	private MvcTestResult get(String query) {
		return this.mvc.get().uri("/api/people/search?" + query).with(Callers.COORDINATOR.any()).exchange();
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
