package org.carepool.registry.draw;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carepool.registry.access.Caller;
import org.carepool.registry.api.InvalidInput;
import org.carepool.registry.assignment.Assignments;
import org.carepool.registry.assignment.InvitationResponse;
import org.carepool.registry.assignment.InvitationStatus;
import org.carepool.registry.assignment.RequestCriteria;
import org.carepool.registry.audit.AuditTrail;
import org.carepool.registry.audit.AuditTrail.AuditEntry;
import org.carepool.registry.request.IllegalRequestTransition;
import org.carepool.registry.request.RequestManagement;
import org.carepool.registry.request.StaffingNeed;
import org.carepool.registry.search.Matching;
import org.carepool.registry.taxonomy.Taxonomy;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws experts at random for a request: per specialty among the experts matching would
 * find eligible, less the requesting organisation's staff, declared conflicts, those
 * drawn lately and those booked at the same time; records the seed and the pools so the
 * draw can be replayed, invites the drawn, and redraws when one declines.
 */
@Service
@Transactional
public class Draws {

	private static final String EXPERT = "EXPERT";

	private static final TypeReference<Map<String, Integer>> QUOTAS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, List<UUID>>> POOLS = new TypeReference<>() {
	};

	private static final TypeReference<List<UUID>> IDS = new TypeReference<>() {
	};

	private final RequestManagement requests;

	private final Assignments assignments;

	private final Matching matching;

	private final Taxonomy taxonomy;

	private final AuditTrail audit;

	private final NamedParameterJdbcTemplate jdbc;

	private final ObjectMapper json;

	private final Clock clock;

	private final SecureRandom seeds = new SecureRandom();

	Draws(RequestManagement requests, Assignments assignments, Matching matching, Taxonomy taxonomy, AuditTrail audit,
			NamedParameterJdbcTemplate jdbc, ObjectMapper json, Clock clock) {
		this.requests = requests;
		this.assignments = assignments;
		this.matching = matching;
		this.taxonomy = taxonomy;
		this.audit = audit;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Draws experts for a request and invites them.
	 * @param caller a coordinator of the request
	 * @param requestId the request, open for staffing
	 * @param draw the quotas, rotation, conflicts and perhaps the seed
	 * @return the record of the draw
	 */
	public DrawResponse draw(Caller caller, UUID requestId, DrawRequest draw) {
		StaffingNeed need = open(this.requests.managed(caller, requestId, "draw.create"), "draw");
		Map<String, Integer> quotas = new TreeMap<>(draw.quotas());
		quotas.keySet().forEach((code) -> {
			if (this.taxonomy.skill(code).isEmpty()) {
				throw InvalidInput.of("quotas." + code, "unknown-code");
			}
		});
		List<UUID> conflicts = (draw.conflicts() != null) ? List.copyOf(new LinkedHashSet<>(draw.conflicts()))
				: List.of();
		Set<UUID> excluded = new HashSet<>(conflicts);
		excluded.addAll(this.assignments.unavailableFor(requestId));
		if (draw.rotationDays() != null) {
			excluded.addAll(drawnSince(now().minus(Duration.ofDays(draw.rotationDays()))));
		}
		Map<String, List<UUID>> pools = new TreeMap<>();
		for (String specialty : quotas.keySet()) {
			int level = need.requiredSkills().getOrDefault(specialty, 1);
			pools.put(specialty,
					this.matching.eligible(caller,
							this.matching.need(RequestCriteria.forDraw(need, specialty, level))
								.with(excluded.stream().map(UUID::toString).collect(Collectors.toSet()), Set.of()),
							EXPERT));
		}
		long seed = (draw.seed() != null) ? draw.seed() : this.seeds.nextLong();
		List<Lottery.Pick> picks = Lottery.draw(seed, pools, quotas);
		UUID id = UUID.randomUUID();
		Instant at = now();
		this.jdbc.update(
				"""
						insert into expert_draw (id, request_id, seed, quotas, pools, conflicts, rotation_days, drawn_by, drawn_at)
						values (:id, :request, :seed, cast(:quotas as jsonb), cast(:pools as jsonb), cast(:conflicts as jsonb),
						        :rotation, :by, :at)""",
				new MapSqlParameterSource("id", id).addValue("request", requestId)
					.addValue("seed", seed)
					.addValue("quotas", write(quotas))
					.addValue("pools", write(pools))
					.addValue("conflicts", write(conflicts))
					.addValue("rotation", draw.rotationDays())
					.addValue("by", caller.subject())
					.addValue("at", Timestamp.from(at)));
		for (int i = 0; i < picks.size(); i++) {
			Lottery.Pick pick = picks.get(i);
			record(caller, id, requestId, i, 0, pick.specialty(), pick.person(), null, at);
		}
		this.audit.record(entry(caller, "draw.create", requestId).because("draw " + id + " seed " + seed));
		return find(id, requestId);
	}

	/**
	 * Draws a replacement for a drawn person who declined (or whose invitation was
	 * withdrawn), from the recorded pool, without anyone the draw picked before.
	 * @param caller a coordinator of the request
	 * @param requestId the request
	 * @param drawId the draw
	 * @param person the person to replace
	 * @return the record of the draw, with the replacement
	 */
	public DrawResponse redraw(Caller caller, UUID requestId, UUID drawId, UUID person) {
		open(this.requests.managed(caller, requestId, "draw.redraw"), "redraw");
		lock(drawId, requestId);
		DrawResponse draw = find(drawId, requestId);
		Set<UUID> replaced = new HashSet<>();
		draw.picks().forEach((pick) -> {
			if (pick.replaces() != null) {
				replaced.add(pick.replaces());
			}
		});
		DrawResponse.Pick declined = draw.picks()
			.stream()
			.filter((pick) -> pick.person().equals(person) && !replaced.contains(person))
			.findFirst()
			.orElseThrow(NotDeclined::new);
		boolean answeredNo = this.assignments.invitations(caller, requestId)
			.stream()
			.filter((invitation) -> invitation.person().equals(person))
			.map(InvitationResponse::status)
			.anyMatch((status) -> status == InvitationStatus.DECLINED || status == InvitationStatus.WITHDRAWN);
		if (!answeredNo) {
			throw new NotDeclined();
		}
		int round = draw.picks().stream().mapToInt(DrawResponse.Pick::round).max().orElse(0) + 1;
		List<UUID> taken = draw.picks().stream().map(DrawResponse.Pick::person).toList();
		UUID replacement = Lottery.redraw(draw.seed(), round, declined.specialty(),
				draw.pools().getOrDefault(declined.specialty(), List.of()), taken);
		record(caller, drawId, requestId, draw.picks().size(), round, declined.specialty(), replacement, person, now());
		this.audit.record(entry(caller, "draw.redraw", requestId)
			.because("draw " + drawId + " round " + round + " replaces " + person));
		return find(drawId, requestId);
	}

	/**
	 * The record of a draw.
	 * @param caller a coordinator of the request
	 * @param requestId the request
	 * @param drawId the draw
	 * @return the record
	 */
	@Transactional(readOnly = true)
	public DrawResponse find(Caller caller, UUID requestId, UUID drawId) {
		this.requests.managed(caller, requestId, "draw.read");
		return find(drawId, requestId);
	}

	/**
	 * The draws of a request, the latest first, so a coordinator can come back to them.
	 * @param caller a coordinator of the request
	 * @param requestId the request
	 * @return the records of its draws
	 */
	@Transactional(readOnly = true)
	public List<DrawResponse> list(Caller caller, UUID requestId) {
		this.requests.managed(caller, requestId, "draw.read");
		return this.jdbc
			.queryForList("select id from expert_draw where request_id = :request order by drawn_at desc, id",
					new MapSqlParameterSource("request", requestId), UUID.class)
			.stream()
			.map((drawId) -> find(drawId, requestId))
			.toList();
	}

	/**
	 * Replays a draw from its recorded seed and pools, first picks and redraws alike, and
	 * says whether it picks the people recorded.
	 * @param caller a coordinator of the request
	 * @param requestId the request
	 * @param drawId the draw
	 * @return the recorded and the replayed picks
	 */
	public ReplayResponse replay(Caller caller, UUID requestId, UUID drawId) {
		this.requests.managed(caller, requestId, "draw.replay");
		DrawResponse draw = find(drawId, requestId);
		List<UUID> recorded = draw.picks().stream().map(DrawResponse.Pick::person).toList();
		List<UUID> replayed = new ArrayList<>();
		boolean consistent = true;
		try {
			Lottery.draw(draw.seed(), draw.pools(), draw.quotas()).forEach((pick) -> replayed.add(pick.person()));
			for (DrawResponse.Pick pick : draw.picks()) {
				if (pick.round() > 0) {
					replayed.add(Lottery.redraw(draw.seed(), pick.round(), pick.specialty(),
							draw.pools().getOrDefault(pick.specialty(), List.of()),
							recorded.subList(0, pick.position())));
				}
			}
		}
		catch (PoolTooSmall ex) {
			consistent = false;
		}
		boolean matches = consistent && replayed.equals(recorded);
		this.audit.record(entry(caller, "draw.replay", requestId)
			.because("draw " + drawId + (matches ? " reproduced" : " NOT reproduced")));
		return new ReplayResponse(drawId, draw.seed(), matches, recorded, replayed);
	}

	private void record(Caller caller, UUID drawId, UUID requestId, int position, int round, String specialty,
			UUID person, UUID replaces, Instant at) {
		InvitationResponse invitation = this.assignments.invite(caller, requestId, person);
		this.jdbc.update("""
				insert into expert_draw_pick (draw_id, position, round, specialty, person_id, replaces, invitation_id,
				                              picked_by, picked_at)
				values (:draw, :position, :round, :specialty, :person, :replaces, :invitation, :by, :at)""",
				new MapSqlParameterSource("draw", drawId).addValue("position", position)
					.addValue("round", round)
					.addValue("specialty", specialty)
					.addValue("person", person)
					.addValue("replaces", replaces)
					.addValue("invitation", invitation.id())
					.addValue("by", caller.subject())
					.addValue("at", Timestamp.from(at)));
	}

	private Set<UUID> drawnSince(Instant since) {
		return new HashSet<>(
				this.jdbc.queryForList("select distinct person_id from expert_draw_pick where picked_at >= :since",
						new MapSqlParameterSource("since", Timestamp.from(since)), UUID.class));
	}

	private void lock(UUID drawId, UUID requestId) {
		List<UUID> found = this.jdbc.queryForList(
				"select id from expert_draw where id = :id and request_id = :request for update",
				new MapSqlParameterSource("id", drawId).addValue("request", requestId), UUID.class);
		if (found.isEmpty()) {
			throw new DrawNotFound();
		}
	}

	private DrawResponse find(UUID drawId, UUID requestId) {
		MapSqlParameterSource ids = new MapSqlParameterSource("id", drawId).addValue("request", requestId);
		List<DrawResponse.Pick> picks = this.jdbc.query("""
				select position, round, specialty, person_id, replaces, invitation_id, picked_by, picked_at
				  from expert_draw_pick where draw_id = :id order by position""", ids,
				(rs, row) -> new DrawResponse.Pick(rs.getInt("position"), rs.getInt("round"), rs.getString("specialty"),
						rs.getObject("person_id", UUID.class), rs.getObject("replaces", UUID.class),
						rs.getObject("invitation_id", UUID.class), rs.getString("picked_by"),
						rs.getTimestamp("picked_at").toInstant()));
		return this.jdbc.query("""
				select id, request_id, seed, quotas, pools, conflicts, rotation_days, drawn_by, drawn_at
				  from expert_draw where id = :id and request_id = :request""", ids,
				(rs, row) -> new DrawResponse(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class),
						rs.getLong("seed"), new TreeMap<>(read(rs.getString("quotas"), QUOTAS)),
						(Integer) rs.getObject("rotation_days"), read(rs.getString("conflicts"), IDS),
						sorted(read(rs.getString("pools"), POOLS)), picks, rs.getString("drawn_by"),
						rs.getTimestamp("drawn_at").toInstant()))
			.stream()
			.findFirst()
			.orElseThrow(DrawNotFound::new);
	}

	private static Map<String, List<UUID>> sorted(Map<String, List<UUID>> pools) {
		Map<String, List<UUID>> sorted = new TreeMap<>();
		pools.forEach((specialty, pool) -> sorted.put(specialty,
				pool.stream().sorted(Comparator.comparing(UUID::toString)).toList()));
		return sorted;
	}

	private static StaffingNeed open(StaffingNeed need, String action) {
		if (!need.status().isOpenForStaffing()) {
			throw new IllegalRequestTransition(need.status(), action);
		}
		return need;
	}

	private String write(Object value) {
		try {
			return this.json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private <T> T read(String value, TypeReference<T> type) {
		try {
			return this.json.readValue(value, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static AuditEntry entry(Caller caller, String action, UUID requestId) {
		return new AuditEntry(caller.subject(), caller.auditRoles(), action, "request", requestId.toString(), null);
	}

	private Instant now() {
		return this.clock.instant();
	}

}
