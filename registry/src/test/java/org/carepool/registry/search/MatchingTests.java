package org.carepool.registry.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.carepool.registry.RegistryTest;
import org.carepool.registry.access.Callers;
import org.carepool.registry.changefeed.SearchDocumentFeed;
import org.carepool.registry.person.CertificationRequest;
import org.carepool.registry.person.ConsentRequest;
import org.carepool.registry.person.Gender;
import org.carepool.registry.person.PersonManagement;
import org.carepool.registry.person.PersonResponse;
import org.carepool.registry.person.PersonStatus;
import org.carepool.registry.person.PersonType;
import org.carepool.registry.person.RegisterPersonRequest;
import org.carepool.search.PersonDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Matching} through {@code /api/matches}: hard constraints, ranking,
 * fairness, explanations and "why not".
 */
@RegistryTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchingTests {

	// Crisis intervention in Wanli: no other test registers anyone with this skill there.
	private static final String NEED = """
			{"category": "family-support", "requiredSkills": [{"code": "psy.crisis", "minLevel": 3}],
			 "languages": ["zh-wuu"], "place": {"street": "wanli"}, "date": "%s", "start": "14:00", "end": "16:00",
			 "durationMinutes": 120, "sensitive": %s%s}
			""";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private PersonManagement people;

	@Autowired
	private SearchDocumentFeed feed;

	private final LocalDate tuesday = LocalDate.now().plusWeeks(1).with(java.time.DayOfWeek.TUESDAY);

	private PersonResponse near;

	private PersonResponse far;

	private PersonResponse busy;

	private PersonResponse untrained;

	private PersonResponse uncertified;

	@BeforeAll
	void registerCandidates() {
		IndexFixture.shared();
		this.near = register("就近专家", 31.2722, 121.4131, true, true);
		this.far = register("远处专家", 31.2400, 121.3800, true, true);
		this.busy = register("忙碌专家", 31.2720, 121.4130, true, true);
		this.untrained = register("未受训专家", 31.2721, 121.4132, false, true);
		this.uncertified = register("无证专家", 31.2721, 121.4129, true, false);
		List<PersonDocument> documents = this.feed
			.byIds(List.of(this.near.id(), this.far.id(), this.busy.id(), this.untrained.id(), this.uncertified.id()))
			.documents()
			.stream()
			.map((document) -> document.id().equals(this.busy.id().toString())
					? IndexFixture.with(document, Map.of("assignmentsLast30Days", 6)) : document)
			.toList();
		IndexFixture.index(documents);
	}

	@Test
	void proposesOnlyPeopleWhoPassEveryHardConstraint() {
		List<String> ids = candidates(NEED.formatted(this.tuesday, "true", ""));
		assertThat(ids).contains(this.near.id().toString(), this.far.id().toString(), this.busy.id().toString())
			.doesNotContain(this.untrained.id().toString(), this.uncertified.id().toString());
	}

	@Test
	void ranksTheNearerAndLessBusyFirst() {
		List<String> ids = candidates(NEED.formatted(this.tuesday, "false", ""));
		assertThat(ids.indexOf(this.near.id().toString())).isLessThan(ids.indexOf(this.far.id().toString()));
		assertThat(ids.indexOf(this.near.id().toString())).isLessThan(ids.indexOf(this.busy.id().toString()));
	}

	@Test
	void explainsEachCandidate() {
		MvcTestResult result = match(NEED.formatted(this.tuesday, "true", ""));
		String body = body(result);
		String path = "$.candidates[?(@.person.id == '" + this.near.id() + "')].explanation";
		assertThat((List<String>) JsonPath.read(body, path + ".matched[*]")).contains("active", "available",
				"certified:psy.crisis", "skill:psy.crisis", "trained-for-special-families", "language:zh-wuu");
		List<Double> distance = JsonPath.read(body, path + ".distanceKm");
		assertThat(distance.get(0)).isLessThan(0.5);
		List<Map<String, Double>> shares = JsonPath.read(body, path + ".shares");
		assertThat(shares.get(0).values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
				org.assertj.core.data.Offset.offset(0.01));
		List<Integer> levels = JsonPath.read(body, path + ".skillLevels['psy.crisis']");
		assertThat(levels).containsExactly(4);
		String person = "$.candidates[?(@.person.id == '" + this.near.id() + "')].person";
		assertThat((List<String>) JsonPath.read(body, person + ".name")).hasSize(1);
		assertThat((List<Object>) JsonPath.read(body, person + ".skills")).hasSize(1);
		assertThat((List<Object>) JsonPath.read(body, person + ".skillLabels")).as("the profile shows the long texts")
			.isEmpty();
		assertThat((List<Object>) JsonPath.read(body, person + ".availability")).isEmpty();
	}

	@Test
	void leavesOutExcludedPeopleAndTheRequestingOrganisation() {
		List<String> ids = candidates(NEED.formatted(this.tuesday, "false",
				", \"exclude\": [\"" + this.near.id() + "\"], \"avoidOrganisation\": \"远处单位\""));
		assertThat(ids).doesNotContain(this.near.id().toString(), this.far.id().toString())
			.contains(this.busy.id().toString());
	}

	@Test
	void saysWhySomeoneIsNotProposed() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/matches/why-not?person=" + this.untrained.id())
			.with(Callers.COORDINATOR.any())
			.contentType(MediaType.APPLICATION_JSON)
			.content(NEED.formatted(this.tuesday, "true", ""))
			.exchange();
		assertThat(result).hasStatusOk()
			.bodyJson()
			.extractingPath("$.failed")
			.asArray()
			.containsExactly("trained-for-special-families");
		MvcTestResult uncertified = this.mvc.post()
			.uri("/api/matches/why-not?person=" + this.uncertified.id())
			.with(Callers.COORDINATOR.any())
			.contentType(MediaType.APPLICATION_JSON)
			.content(NEED.formatted(this.tuesday.plusDays(1), "false", ""))
			.exchange();
		assertThat(uncertified).hasStatusOk()
			.bodyJson()
			.extractingPath("$.failed")
			.asArray()
			.containsExactlyInAnyOrder("certified:psy.crisis", "available");
	}

	@Test
	void refusesAnInvalidNeedNamingTheField() {
		assertThat(match("""
				{"category": "astrology", "date": "%s", "start": "10:00", "end": "09:00"}
				""".formatted(this.tuesday))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains("category", "end");
	}

	private PersonResponse register(String name, double lat, double lon, boolean special, boolean certified) {
		var coordinator = Callers.COORDINATOR.caller("matching-test");
		int tuesday = 1440;
		PersonResponse person = this.people.register(coordinator,
				new RegisterPersonRequest(name, Gender.MALE, 1968, name.startsWith("远") ? "远处单位" : "本区医院", "心理治疗师",
						null, null, null, null, "wanli", new RegisterPersonRequest.Location(lat, lon), List.of("wanli"),
						List.of(new RegisterPersonRequest.LanguageInput("zh-wuu", 5)),
						List.of(new RegisterPersonRequest.SkillInput("psy.crisis", 4, 12)),
						List.of(new RegisterPersonRequest.SlotInput(tuesday + 13 * 60, tuesday + 17 * 60)), List.of(),
						30, Set.of(PersonType.EXPERT), special, LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31)));
		this.people.transition(coordinator, person.id(), PersonStatus.ACTIVE);
		if (certified) {
			PersonResponse withCertificate = this.people.addCertification(coordinator, person.id(),
					new CertificationRequest("psychotherapist", "PT-" + name.hashCode(), "上海市卫生健康委员会",
							LocalDate.of(2015, 1, 1), null));
			this.people.verifyCertification(coordinator, person.id(), withCertificate.certifications().get(0).id());
		}
		return this.people.recordConsent(coordinator, person.id(),
				new ConsentRequest("2026-01", List.of("registry", "matching", "contact")));
	}

	private List<String> candidates(String need) {
		MvcTestResult result = match(need);
		assertThat(result).hasStatusOk();
		return JsonPath.read(body(result), "$.candidates[*].person.id");
	}

	private MvcTestResult match(String need) {
		return this.mvc.post()
			.uri("/api/matches")
			.with(Callers.COORDINATOR.any())
			.contentType(MediaType.APPLICATION_JSON)
			.content(need)
			.exchange();
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
