package org.carepool.registry.draw;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.carepool.registry.RegistryTest;
import org.carepool.registry.access.Callers;
import org.carepool.registry.assignment.Assignments;
import org.carepool.registry.person.PersonResponse;
import org.carepool.registry.search.IndexFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Draws} on the real PostgreSQL and Elasticsearch: quotas, avoidance,
 * rotation, time clashes, redraws and replays.
 */
@RegistryTest
class DrawTests {

	private static final String OWN_ORGANISATION_NAME = "区妇联";

	private static final String ELSEWHERE = "上海市精神卫生中心";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private DrawFixtures fixtures;

	@Autowired
	private Assignments assignments;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeAll
	static void buildTheIndex() {
		IndexFixture.shared();
	}

	@Test
	void drawsEachSpecialtysQuotaFromItsEligibleExpertsAndInvitesThem() {
		DrawFixtures.Slot slot = DrawFixtures.slot();
		List<UUID> grief = List.of(expert(Map.of("psy.grief", 3), slot), expert(Map.of("psy.grief", 2), slot),
				expert(Map.of("psy.grief", 4), slot));
		UUID novice = expert(Map.of("psy.grief", 1), slot);
		List<UUID> law = List.of(expert(Map.of("law.family", 1), slot), expert(Map.of("law.family", 3), slot));
		UUID request = this.fixtures.request(slot, Callers.OWN_STREET, Callers.OWN_ORGANISATION).id();

		String draw = created(request, "{\"quotas\": {\"psy.grief\": 2, \"law.family\": 1}}");

		assertThat(ids(draw, "$.pools['psy.grief']")).isEqualTo(sorted(grief)).doesNotContain(novice);
		assertThat(ids(draw, "$.pools['law.family']")).isEqualTo(sorted(law));
		assertThat(ids(draw, "$.picks[?(@.specialty == 'psy.grief')].person")).hasSize(2)
			.doesNotHaveDuplicates()
			.isSubsetOf(grief);
		assertThat(ids(draw, "$.picks[?(@.specialty == 'law.family')].person")).hasSize(1).isSubsetOf(law);
		List<String> invited = JsonPath.read(body(this.mvc.get()
			.uri("/api/requests/{id}/invitations", request)
			.with(Callers.COORDINATOR.any())
			.exchange()), "$[?(@.status == 'INVITED')].person");
		assertThat(invited).containsExactlyInAnyOrderElementsOf(JsonPath.read(draw, "$.picks[*].person"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'draw.create' and subject_id = ?", Integer.class,
				request.toString()))
			.isEqualTo(1);
	}

	@Test
	void neverDrawsTheRequestingOrganisationsStaffOrDeclaredConflicts() {
		DrawFixtures.Slot slot = DrawFixtures.slot();
		UUID ownStaff = this.fixtures
			.expert(UUID.randomUUID().toString(), OWN_ORGANISATION_NAME, Map.of("psy.grief", 5), slot)
			.id();
		UUID conflicted = expert(Map.of("psy.grief", 5), slot);
		List<UUID> free = List.of(expert(Map.of("psy.grief", 3), slot), expert(Map.of("psy.grief", 3), slot));
		UUID request = this.fixtures.request(slot, Callers.OWN_STREET, Callers.OWN_ORGANISATION).id();

		String draw = created(request, "{\"quotas\": {\"psy.grief\": 2}, \"conflicts\": [\"" + conflicted + "\"]}");

		assertThat(ids(draw, "$.pools['psy.grief']")).isEqualTo(sorted(free));
		assertThat(ids(draw, "$.picks[*].person")).containsExactlyInAnyOrderElementsOf(free)
			.doesNotContain(ownStaff, conflicted);
		assertThat(ids(draw, "$.conflicts")).containsExactly(conflicted);
	}

	@Test
	void doesNotDrawAgainWhoeverWasDrawnWithinTheRotationWindow() {
		DrawFixtures.Slot first = DrawFixtures.slot();
		DrawFixtures.Slot second = DrawFixtures.slot();
		List<UUID> drawnBefore = List.of(expert(Map.of("psy.grief", 3), first, second),
				expert(Map.of("psy.grief", 3), first, second));
		UUID rested = expert(Map.of("psy.grief", 3), second);
		created(this.fixtures.request(first, Callers.OWN_STREET, null).id(), "{\"quotas\": {\"psy.grief\": 2}}");
		UUID request = this.fixtures.request(second, Callers.OWN_STREET, null).id();

		String rotated = created(request, "{\"quotas\": {\"psy.grief\": 1}, \"rotationDays\": 30}");

		assertThat(ids(rotated, "$.pools['psy.grief']")).containsExactly(rested);
		assertThat(ids(rotated, "$.picks[*].person")).containsExactly(rested).doesNotContainAnyElementsOf(drawnBefore);
	}

	@Test
	void leavesOutPeopleBookedAtAnOverlappingTime() {
		DrawFixtures.Slot slot = DrawFixtures.slot();
		UUID booked = expert(Map.of("psy.grief", 3), slot);
		UUID free = expert(Map.of("psy.grief", 3), slot);
		UUID elsewhere = this.fixtures.request(slot, Callers.OWN_STREET, null).id();
		this.assignments.invite(Callers.COORDINATOR.caller("draw-test"), elsewhere, booked);
		UUID request = this.fixtures.request(slot, Callers.OWN_STREET, null).id();

		String draw = created(request, "{\"quotas\": {\"psy.grief\": 1}}");

		assertThat(ids(draw, "$.pools['psy.grief']")).containsExactly(free);
		assertThat(ids(draw, "$.picks[*].person")).containsExactly(free);
	}

	@Test
	void redrawsWithoutTheDeclinerAndReplaysThePicksFromTheSeed() {
		DrawFixtures.Slot slot = DrawFixtures.slot();
		Map<UUID, String> subjects = new java.util.HashMap<>();
		for (int i = 0; i < 3; i++) {
			String subject = UUID.randomUUID().toString();
			subjects.put(this.fixtures.expert(subject, ELSEWHERE, Map.of("psy.grief", 3), slot).id(), subject);
		}
		UUID request = this.fixtures.request(slot, Callers.OWN_STREET, null).id();
		String draw = created(request, "{\"quotas\": {\"psy.grief\": 2}}");
		String drawId = JsonPath.read(draw, "$.id");
		List<UUID> picked = ids(draw, "$.picks[*].person");
		UUID decliner = picked.get(0);
		UUID invitation = UUID.fromString(JsonPath.read(draw, "$.picks[0].invitation"));
		assertThat(redraw(request, drawId, decliner)).hasStatus(409);

		this.assignments.decline(Callers.EXPERT.caller(subjects.get(decliner)), invitation, "时间冲突");
		MvcTestResult redrawn = redraw(request, drawId, decliner);

		assertThat(redrawn).hasStatus(200);
		List<UUID> after = ids(body(redrawn), "$.picks[*].person");
		assertThat(after).hasSize(3).startsWith(picked.toArray(UUID[]::new));
		assertThat(after.get(2)).isNotIn(picked);
		assertThat((Integer) JsonPath.read(body(redrawn), "$.picks[2].round")).isEqualTo(1);
		assertThat((String) JsonPath.read(body(redrawn), "$.picks[2].replaces")).isEqualTo(decliner.toString());
		MvcTestResult replay = this.mvc.post()
			.uri("/api/requests/{id}/draws/{drawId}/replay", request, drawId)
			.with(Callers.COORDINATOR.any())
			.exchange();
		assertThat(replay).hasStatus(200).bodyJson().extractingPath("$.matches").isEqualTo(true);
		assertThat(ids(body(replay), "$.replayed")).isEqualTo(after);
		assertThat(this.mvc.get()
			.uri("/api/requests/{id}/draws/{drawId}", request, drawId)
			.with(Callers.COORDINATOR.any())
			.exchange()).hasStatus(200).bodyJson().extractingPath("$.picks").asArray().hasSize(3);
		// The request's draws, the latest first, so the console finds this one again.
		MvcTestResult listed = this.mvc.get()
			.uri("/api/requests/{id}/draws", request)
			.with(Callers.COORDINATOR.any())
			.exchange();
		assertThat(listed).hasStatus(200);
		List<String> listedIds = JsonPath.read(body(listed), "$[*].id");
		List<Object> listedPicks = JsonPath.read(body(listed), "$[0].picks");
		assertThat(listedIds).containsExactly(drawId);
		assertThat(listedPicks).hasSize(3);
		this.jdbc.update("update expert_draw set pools = '{}'::jsonb where id = ?", UUID.fromString(drawId));
		assertThat(this.mvc.post()
			.uri("/api/requests/{id}/draws/{drawId}/replay", request, drawId)
			.with(Callers.COORDINATOR.any())
			.exchange()).hasStatus(200).bodyJson().extractingPath("$.matches").isEqualTo(false);
	}

	@Test
	void picksTheSameWithTheSameSeedAndPool() {
		DrawFixtures.Slot slot = DrawFixtures.slot();
		DrawFixtures.Slot later = new DrawFixtures.Slot(slot.date().plusWeeks(1), slot.start(), slot.end(),
				slot.fromMinute(), slot.toMinute());
		for (int i = 0; i < 6; i++) {
			expert(Map.of("psy.grief", 3), slot);
		}
		String first = created(this.fixtures.request(slot, Callers.OWN_STREET, null).id(),
				"{\"quotas\": {\"psy.grief\": 2}, \"seed\": 20261128}");
		String second = created(this.fixtures.request(later, Callers.OWN_STREET, null).id(),
				"{\"quotas\": {\"psy.grief\": 2}, \"seed\": 20261128}");

		assertThat(ids(second, "$.pools['psy.grief']")).isEqualTo(ids(first, "$.pools['psy.grief']"));
		assertThat(ids(second, "$.picks[*].person")).isEqualTo(ids(first, "$.picks[*].person"));
		assertThat(((Number) JsonPath.read(first, "$.seed")).longValue()).isEqualTo(20261128L);
	}

	@Test
	void refusesAQuotaLargerThanThePool() {
		DrawFixtures.Slot slot = DrawFixtures.slot();
		expert(Map.of("law.family", 3), slot);
		UUID request = this.fixtures.request(slot, Callers.OWN_STREET, null).id();

		assertThat(draw(request, "{\"quotas\": {\"law.family\": 2}}")).hasStatus(409).bodyJson().satisfies((json) -> {
			assertThat(json).extractingPath("$.type").isEqualTo("urn:carepool:problem:draw-pool-too-small");
			assertThat(json).extractingPath("$.specialty").isEqualTo("law.family");
			assertThat(json).extractingPath("$.available").isEqualTo(1);
		});
		assertThat(draw(request, "{\"quotas\": {\"no.such-skill\": 1}}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("quotas.no.such-skill");
		assertThat(this.jdbc.queryForObject("select count(*) from expert_draw where request_id = ?", Integer.class,
				request))
			.isZero();
	}

	private UUID expert(Map<String, Integer> skills, DrawFixtures.Slot... slots) {
		PersonResponse person = this.fixtures.expert(UUID.randomUUID().toString(), ELSEWHERE, skills, slots);
		return person.id();
	}

	private MvcTestResult draw(UUID request, String body) {
		return this.mvc.post()
			.uri("/api/requests/{id}/draws", request)
			.with(Callers.COORDINATOR.any())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private String created(UUID request, String body) {
		MvcTestResult result = draw(request, body);
		assertThat(result).hasStatus(201);
		return body(result);
	}

	private MvcTestResult redraw(UUID request, String drawId, UUID person) {
		return this.mvc.post()
			.uri("/api/requests/{id}/draws/{drawId}/redraw", request, drawId)
			.with(Callers.COORDINATOR.any())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"person\": \"" + person + "\"}")
			.exchange();
	}

	private static List<UUID> ids(String json, String path) {
		List<String> ids = JsonPath.read(json, path);
		return ids.stream().map(UUID::fromString).toList();
	}

	private static List<UUID> sorted(List<UUID> ids) {
		return ids.stream().sorted(java.util.Comparator.comparing(UUID::toString)).toList();
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
