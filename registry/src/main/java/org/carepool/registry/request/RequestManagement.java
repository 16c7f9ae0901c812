package org.carepool.registry.request;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiPredicate;

import org.carepool.registry.access.Caller;
import org.carepool.registry.access.Role;
import org.carepool.registry.api.InvalidInput;
import org.carepool.registry.audit.AuditTrail;
import org.carepool.registry.audit.AuditTrail.AuditEntry;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes help requests from partners, partner systems and coordinators and moves them
 * through their statuses; partners see only their organisation's requests, street
 * coordinators only their street's. Every read and change is audited.
 */
@Service
@Transactional
public class RequestManagement {

	/**
	 * The shape of an {@code Idempotency-Key}: 8 to 100 letters, digits and {@code ._:-}.
	 */
	public static final String IDEMPOTENCY_KEY = IdempotencyKeys.PATTERN;

	private final RequestRepository requests;

	private final RequestAccess access;

	private final RequestRules rules;

	private final AuditTrail audit;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final IdempotencyKeys keys;

	RequestManagement(RequestRepository requests, RequestAccess access, RequestRules rules, AuditTrail audit,
			NamedParameterJdbcTemplate jdbc, Clock clock, IdempotencyKeys keys) {
		this.keys = keys;
		this.requests = requests;
		this.access = access;
		this.rules = rules;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Submits a request; a retry by the same caller with the same idempotency key and the
	 * same body finds the request the first attempt created instead of creating another.
	 * @param caller a partner (for the organisation of the token), a partner system or a
	 * coordinator
	 * @param submission the request
	 * @param idempotencyKey the client's key for this submission, if any
	 * @return the request, and whether this call created it
	 */
	public Submitted submit(Caller caller, SubmitHelpRequest submission, String idempotencyKey) {
		HelpRequest.Details details = this.rules.check(submission);
		UUID organisation;
		if (RequestAccess.actsForOrganisation(caller)) {
			organisation = caller.organisation()
				.filter(this::organisationExists)
				.orElseThrow(() -> denied(caller, "request.submit", null,
						new AccessDeniedException("No organisation to act for")));
		}
		else {
			organisation = submission.organisation();
			if (caller.has(Role.STREET_COORDINATOR) && !caller.has(Role.COORDINATOR)
					&& !caller.street().map(details.street()::equals).orElse(false)) {
				throw denied(caller, "request.submit", null, InvalidInput.of("place.street", "street-outside-area"));
			}
			if (organisation != null && !organisationExists(organisation)) {
				throw InvalidInput.of("organisation", "unknown-code");
			}
		}
		UUID id = UUID.randomUUID();
		if (idempotencyKey != null) {
			java.util.Optional<UUID> first = this.keys.claim(caller, idempotencyKey, submission, id);
			if (first.isPresent()) {
				HelpRequest request = this.requests.findById(first.get())
					.orElseThrow(() -> new RequestNotFound(first.get()));
				if (!this.access.canSee(caller, request)) {
					throw denied(caller, "request.submit-retry", first.get(), new RequestNotFound(first.get()));
				}
				this.audit.record(entry(caller, "request.submit-retry", first.get()));
				return new Submitted(response(request), false);
			}
		}
		HelpRequest request = new HelpRequest(id, organisation, details, caller.subject(), now());
		this.requests.saveAndFlush(request);
		this.audit.record(entry(caller, "request.submit", id));
		return new Submitted(response(request), true);
	}

	/**
	 * A request the caller may see.
	 * @param caller the caller
	 * @param id the request's id
	 * @return the request
	 */
	public HelpRequestResponse find(Caller caller, UUID id) {
		HelpRequest request = reachable(caller, id, "request.read", this.access::canSee);
		this.audit.record(entry(caller, "request.read", id));
		return response(request);
	}

	/**
	 * A page of the requests the caller may see, in id order.
	 * @param caller the caller
	 * @param status only requests in this status, if given
	 * @param after the cursor of the previous page
	 * @param limit the page size
	 * @return the page
	 */
	public RequestPage list(Caller caller, RequestStatus status, UUID after, int limit) {
		StringBuilder sql = new StringBuilder("select r.id from help_request r where true");
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		confine(caller, sql, parameters);
		if (status != null) {
			sql.append(" and r.status = :status");
			parameters.addValue("status", status.name());
		}
		if (after != null) {
			sql.append(" and r.id > :after");
			parameters.addValue("after", after);
		}
		sql.append(" order by r.id limit :limit");
		parameters.addValue("limit", limit + 1);
		List<UUID> ids = this.jdbc.queryForList(sql.toString(), parameters, UUID.class);
		List<UUID> page = ids.subList(0, Math.min(limit, ids.size()));
		Map<UUID, HelpRequest> found = new LinkedHashMap<>();
		this.requests.findAllById(page).forEach((request) -> found.put(request.getId(), request));
		List<HelpRequestResponse> items = page.stream()
			.map(found::get)
			.filter(Objects::nonNull)
			.map(this::response)
			.toList();
		this.audit.record(new AuditEntry(caller.subject(), caller.auditRoles(), "request.list", "request", null, null));
		return new RequestPage(items, (ids.size() > limit) ? page.get(page.size() - 1).toString() : null);
	}

	/**
	 * How many requests the caller may see are in each status.
	 * @param caller the caller
	 * @return the counts, every status named
	 */
	@Transactional(readOnly = true)
	public Map<RequestStatus, Long> countsByStatus(Caller caller) {
		StringBuilder sql = new StringBuilder("select r.status, count(*) as n from help_request r where true");
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		confine(caller, sql, parameters);
		sql.append(" group by r.status");
		Map<RequestStatus, Long> counts = new java.util.EnumMap<>(RequestStatus.class);
		for (RequestStatus status : RequestStatus.values()) {
			counts.put(status, 0L);
		}
		org.springframework.jdbc.core.RowCallbackHandler count = (rs) -> counts
			.put(RequestStatus.valueOf(rs.getString("status")), rs.getLong("n"));
		this.jdbc.query(sql.toString(), parameters, count);
		return counts;
	}

	/**
	 * Moves a request to another status, if its current status allows it.
	 * @param caller a coordinator of the request; for cancelling also its organisation
	 * @param id the request's id
	 * @param expectedVersion the version the caller read, if it sent one
	 * @param next the status to move to
	 * @param reason why, for rejecting and cancelling
	 * @return the changed request
	 */
	public HelpRequestResponse transition(Caller caller, UUID id, Long expectedVersion, RequestStatus next,
			String reason) {
		String action = "request." + next.name().toLowerCase().replace('_', '-');
		BiPredicate<Caller, HelpRequest> allowed = (next == RequestStatus.CANCELLED) ? this.access::canCancel
				: this.access::canManage;
		HelpRequest request = reachable(caller, id, action, allowed);
		if (!org.carepool.registry.api.IfMatch.matches(expectedVersion, request.getVersion())) {
			throw new StaleRequest();
		}
		request.transition(next, caller.subject(), (reason != null) ? reason.strip() : null, now());
		this.requests.saveAndFlush(request);
		this.audit.record(entry(caller, action, id).because(reason));
		return response(request);
	}

	/**
	 * Replaces what a request says while it is not yet staffed.
	 * @param caller a coordinator of the request, or its organisation
	 * @param id the request's id
	 * @param expectedVersion the version the caller read; {@code null} for any
	 * @param submission the new content
	 * @return the changed request
	 */
	public HelpRequestResponse update(Caller caller, UUID id, Long expectedVersion, SubmitHelpRequest submission) {
		HelpRequest request = reachable(caller, id, "request.update", this.access::canCancel);
		if (expectedVersion != null && expectedVersion != request.getVersion()) {
			throw new StaleRequest();
		}
		HelpRequest.Details details = this.rules.check(submission);
		if (caller.has(Role.STREET_COORDINATOR) && !caller.has(Role.COORDINATOR)
				&& !caller.street().map(details.street()::equals).orElse(false)) {
			throw denied(caller, "request.update", id, InvalidInput.of("place.street", "street-outside-area"));
		}
		request.revise(details, now());
		this.requests.saveAndFlush(request);
		this.audit.record(entry(caller, "request.update", id));
		return response(request);
	}

	/**
	 * Keeps {@code STAFFED} true to the facts: a request that is staffing becomes staffed
	 * when as many people as it needs have accepted, and a staffed one goes back to
	 * staffing when fewer have.
	 * @param id the request's id
	 * @param accepted how many accepted invitations it has now
	 * @param actor who caused the change
	 * @return the request's status afterwards
	 */
	public RequestStatus followStaffing(UUID id, long accepted, String actor) {
		HelpRequest request = this.requests.findById(id).orElseThrow(() -> new RequestNotFound(id));
		RequestStatus next = null;
		if (request.getStatus() == RequestStatus.STAFFING && accepted >= request.getPeopleNeeded()) {
			next = RequestStatus.STAFFED;
		}
		else if (request.getStatus() == RequestStatus.STAFFED && accepted < request.getPeopleNeeded()) {
			next = RequestStatus.STAFFING;
		}
		if (next != null) {
			request.transition(next, actor, null, now());
			this.requests.saveAndFlush(request);
		}
		return request.getStatus();
	}

	/**
	 * A request as staffing needs it, for a coordinator of the request.
	 * @param caller a coordinator
	 * @param id the request's id
	 * @param action what the caller does, for the audit trail of a refusal
	 * @return the request's needs
	 */
	public StaffingNeed managed(Caller caller, UUID id, String action) {
		return need(reachable(caller, id, action, this.access::canManage));
	}

	/**
	 * A request as staffing needs it, for anyone who may see it.
	 * @param caller the caller
	 * @param id the request's id
	 * @param action what the caller does
	 * @return the request's needs
	 */
	public StaffingNeed visible(Caller caller, UUID id, String action) {
		return need(reachable(caller, id, action, this.access::canSee));
	}

	/**
	 * A request as staffing needs it, for a coordinator or the requesting organisation.
	 * @param caller the caller
	 * @param id the request's id
	 * @param action what the caller does
	 * @return the request's needs
	 */
	public StaffingNeed actionable(Caller caller, UUID id, String action) {
		return need(reachable(caller, id, action, this.access::canCancel));
	}

	/**
	 * A request's content, for a feature that has checked the caller's access itself (the
	 * invitee's view of the request they are invited to).
	 * @param id the request's id
	 * @return the request
	 */
	@Transactional(readOnly = true)
	public HelpRequestResponse content(UUID id) {
		return response(this.requests.findById(id).orElseThrow(() -> new RequestNotFound(id)));
	}

	/**
	 * A request as staffing needs it, for people answering their own invitations.
	 * @param id the request's id
	 * @return the request's needs
	 */
	public StaffingNeed need(UUID id) {
		return need(this.requests.findById(id).orElseThrow(() -> new RequestNotFound(id)));
	}

	/**
	 * The requests for a family reference, other than one.
	 * @param familyReference the family's reference code
	 * @param except the request to leave out
	 * @return the other requests' ids
	 */
	@Transactional(readOnly = true)
	public List<UUID> forFamily(String familyReference, UUID except) {
		return this.jdbc.queryForList(
				"select id from help_request where family_reference = :reference and id <> :except and status <> 'CANCELLED'",
				new MapSqlParameterSource("reference", familyReference).addValue("except", except), UUID.class);
	}

	private HelpRequest reachable(Caller caller, UUID id, String action, BiPredicate<Caller, HelpRequest> allowed) {
		HelpRequest request = this.requests.findById(id).orElseThrow(() -> new RequestNotFound(id));
		if (!allowed.test(caller, request)) {
			if (this.access.canSee(caller, request)) {
				throw denied(caller, action, id, new AccessDeniedException("Not allowed on this request"));
			}
			throw denied(caller, action, id, new RequestNotFound(id));
		}
		return request;
	}

	private StaffingNeed need(HelpRequest request) {
		Map<String, Integer> required = new LinkedHashMap<>();
		request.getRequiredSkills().forEach((skill) -> required.put(skill.getCode(), skill.getMinLevel()));
		String organisationName = (request.getOrganisationId() != null)
				? this.jdbc.queryForObject("select name from organisation where id = :id",
						new MapSqlParameterSource("id", request.getOrganisationId()), String.class)
				: null;
		return new StaffingNeed(request.getId(), request.getStatus(), request.getOrganisationId(), organisationName,
				request.getCategoryCode(), required, List.copyOf(request.getPreferredSkills()),
				List.copyOf(request.getLanguages()), request.getStreetCode(), request.getLatitude(),
				request.getLongitude(), request.schedule(), request.getDurationMinutes(), request.getPeopleNeeded(),
				request.isSensitive(), request.isAvoidOwnOrganisation(), request.getFamilyReference(),
				request.getOccurrences()
					.stream()
					.map((each) -> new Schedule.Interval(each.getStartsAt(), each.getEndsAt()))
					.toList());
	}

	private boolean organisationExists(UUID id) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("select exists (select 1 from organisation where id = :id)",
				new MapSqlParameterSource("id", id), Boolean.class));
	}

	HelpRequestResponse response(HelpRequest request) {
		Schedule schedule = request.schedule();
		List<HelpRequestResponse.TransitionResponse> transitions = new ArrayList<>();
		request.getTransitions()
			.forEach((each) -> transitions.add(new HelpRequestResponse.TransitionResponse(each.getFromStatus(),
					each.getToStatus(), each.getActor(), each.getAt(), each.getReason())));
		return new HelpRequestResponse(request.getId(), request.getVersion(), request.getStatus(),
				request.getOrganisationId(), request.getCategoryCode(), request.getProjectCode(), request.getTitle(),
				request.getDescription(),
				request.getRequiredSkills()
					.stream()
					.map((skill) -> new SubmitHelpRequest.SkillNeed(skill.getCode(), skill.getMinLevel()))
					.toList(),
				List.copyOf(request.getPreferredSkills()), List.copyOf(request.getLanguages()),
				new SubmitHelpRequest.PlaceInput(request.getStreetCode(),
						(request.getLatitude() != null)
								? new SubmitHelpRequest.Point(request.getLatitude(), request.getLongitude()) : null),
				new SubmitHelpRequest.ScheduleInput(schedule.date(), schedule.weeklyDay(), schedule.weeks(),
						schedule.firstDay(), schedule.start(), schedule.end()),
				request.getDurationMinutes(), request.getPeopleNeeded(), request.isSensitive(),
				request.isAvoidOwnOrganisation(), request.getDueOn(), request.getFamilyReference(),
				request.getRejectionReason(), request.getSubmittedBy(), transitions, request.getCreatedAt(),
				request.getUpdatedAt());
	}

	private RuntimeException denied(Caller caller, String action, UUID id, RuntimeException answer) {
		this.audit.denied(entry(caller, action, id));
		return answer;
	}

	private static AuditEntry entry(Caller caller, String action, UUID id) {
		return new AuditEntry(caller.subject(), caller.auditRoles(), action, "request",
				(id != null) ? id.toString() : null, null);
	}

	private Instant now() {
		return this.clock.instant();
	}

	/**
	 * Confines a query over {@code help_request r} to what the caller may see: everything
	 * for the district coordinator, their street for a street coordinator, their own
	 * organisation's requests otherwise.
	 */
	private static void confine(Caller caller, StringBuilder sql, MapSqlParameterSource parameters) {
		if (!caller.has(Role.COORDINATOR)) {
			if (caller.has(Role.STREET_COORDINATOR)) {
				sql.append(" and r.street_code = :street");
				parameters.addValue("street", caller.street().orElse("\u0000none"));
			}
			else {
				sql.append(" and r.organisation_id = :organisation");
				parameters.addValue("organisation", caller.organisation().orElse(new UUID(0, 0)));
			}
		}
	}

}
