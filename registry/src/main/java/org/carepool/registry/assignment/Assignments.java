package org.carepool.registry.assignment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.carepool.registry.access.Caller;
import org.carepool.registry.access.Role;
import org.carepool.registry.api.InvalidInput;
import org.carepool.registry.audit.AuditTrail;
import org.carepool.registry.audit.AuditTrail.AuditEntry;
import org.carepool.registry.person.Bookable;
import org.carepool.registry.person.PersonChanged;
import org.carepool.registry.person.PersonListing;
import org.carepool.registry.person.PersonManagement;
import org.carepool.registry.person.SelfService;
import org.carepool.registry.person.PersonStatus;
import org.carepool.registry.request.HelpRequestResponse;
import org.carepool.registry.request.IllegalRequestTransition;
import org.carepool.registry.request.RequestManagement;
import org.carepool.registry.request.RequestStatus;
import org.carepool.registry.request.StaffingNeed;
import org.carepool.registry.search.MatchResult;
import org.carepool.registry.search.Matching;
import org.carepool.registry.search.Need;
import org.carepool.registry.time.Shanghai;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staffs requests: proposes people from the request's own criteria, invites them without
 * ever booking anyone twice for the same time, takes their answers, and records the hours
 * and ratings of the work, announcing each change to a person's statistics.
 */
@Service
@Transactional
public class Assignments {

	/**
	 * What the explanation of a match says of the person who served the family before.
	 */
	public static final String CONTINUITY = Matching.CONTINUITY;

	private final InvitationRepository invitations;

	private final ServiceRecordRepository records;

	private final RequestManagement requests;

	private final PersonManagement people;

	private final SelfService selves;

	private final PersonListing listing;

	private final Matching matching;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	Assignments(InvitationRepository invitations, ServiceRecordRepository records, RequestManagement requests,
			PersonManagement people, SelfService selves, PersonListing listing, Matching matching, AuditTrail audit,
			ApplicationEventPublisher events, NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.invitations = invitations;
		this.records = records;
		this.requests = requests;
		this.people = people;
		this.selves = selves;
		this.listing = listing;
		this.matching = matching;
		this.audit = audit;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The best people for a request by its own criteria, leaving out those already
	 * invited, those who declined and those booked at the same time; whoever served the
	 * same family before gains the {@code continuity} factor.
	 * @param caller a coordinator of the request
	 * @param requestId the request
	 * @param limit at most this many candidates
	 * @return the ranked candidates with explanations
	 */
	public MatchResult matches(Caller caller, UUID requestId, int limit) {
		StaffingNeed need = this.requests.managed(caller, requestId, "request.matches");
		Set<UUID> exclude = new LinkedHashSet<>();
		this.invitations.findByRequestIdOrderByInvitedAt(requestId)
			.forEach((invitation) -> exclude.add(invitation.getPersonId()));
		exclude.addAll(bookedDuring(requestId));
		Need wanted = this.matching.need(RequestCriteria.forStaffing(need, limit))
			.with(exclude.stream().map(UUID::toString).collect(java.util.stream.Collectors.toSet()),
					servedFamilyBefore(need));
		MatchResult result = this.matching.match(caller, wanted);
		this.audit.record(entry(caller, "request.matches", requestId));
		return result;
	}

	/**
	 * Invites a person to serve on a request; the person's record stays locked until the
	 * invitation is saved, so that two coordinators cannot book the same time twice.
	 * @param caller a coordinator of the request and the person
	 * @param requestId the request
	 * @param personId the person
	 * @return the invitation
	 */
	public InvitationResponse invite(Caller caller, UUID requestId, UUID personId) {
		StaffingNeed need = this.requests.managed(caller, requestId, "invitation.create");
		if (!need.status().isOpenForStaffing()) {
			throw new IllegalRequestTransition(need.status(), "invite");
		}
		Bookable person = this.people.lockForBooking(caller, personId);
		if (person.status() != PersonStatus.ACTIVE) {
			throw new NotBookable();
		}
		if (this.invitations.findByRequestIdAndPersonId(requestId, personId).isPresent()) {
			throw new AlreadyInvited();
		}
		if (isBookedDuring(personId, requestId)) {
			throw new DoubleBooked();
		}
		Invitation invitation = new Invitation(UUID.randomUUID(), requestId, personId, caller.subject(), now());
		try {
			this.invitations.saveAndFlush(invitation);
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			throw new AlreadyInvited();
		}
		this.audit.record(entry(caller, "invitation.create", requestId));
		return response(invitation, person.displayName());
	}

	/**
	 * Withdraws an invitation, to replace the person or because they are no longer
	 * needed; refused once the request is completed or hours are recorded for it.
	 * @param caller a coordinator of the request
	 * @param requestId the request
	 * @param invitationId the invitation
	 * @param reason why, if given
	 * @return the invitation
	 */
	public InvitationResponse withdraw(Caller caller, UUID requestId, UUID invitationId, String reason) {
		StaffingNeed need = this.requests.managed(caller, requestId, "invitation.withdraw");
		Invitation invitation = this.invitations.findById(invitationId)
			.filter((each) -> each.getRequestId().equals(requestId))
			.orElseThrow(InvitationNotFound::new);
		// Served work stays on the record: hours recorded, or the request done.
		if (this.records.findByInvitationId(invitationId).isPresent()) {
			throw new HoursAlreadyApproved();
		}
		if (need.status() == RequestStatus.COMPLETED) {
			throw new IllegalRequestTransition(need.status(), "withdraw");
		}
		boolean wasAccepted = invitation.getStatus() == InvitationStatus.ACCEPTED;
		invitation.withdraw(reason, now());
		this.invitations.saveAndFlush(invitation);
		this.audit.record(entry(caller, "invitation.withdraw", requestId).because(reason));
		if (wasAccepted) {
			followStaffing(requestId, caller);
			this.events.publishEvent(new PersonChanged(invitation.getPersonId(), false));
		}
		return response(invitation);
	}

	/**
	 * The invitations of a request. Coordinators see every invitation; the requesting
	 * organisation sees only who was assigned (accepted invitations, by display name),
	 * not who else was asked, who declined and why, nor which coordinator asked.
	 * @param caller a coordinator of the request, or its organisation
	 * @param requestId the request
	 * @return the invitations, oldest first
	 */
	public List<InvitationResponse> invitations(Caller caller, UUID requestId) {
		this.requests.visible(caller, requestId, "invitation.list");
		boolean coordinator = caller.has(Role.COORDINATOR) || caller.has(Role.STREET_COORDINATOR);
		List<Invitation> found = this.invitations.findByRequestIdOrderByInvitedAt(requestId)
			.stream()
			.filter((each) -> coordinator || each.getStatus() == InvitationStatus.ACCEPTED)
			.toList();
		Map<UUID, String> names = this.listing.displayNames(found.stream().map(Invitation::getPersonId).toList());
		return found.stream()
			.map((each) -> response(each, names.get(each.getPersonId())))
			.map((each) -> coordinator ? each : each.forRequester())
			.toList();
	}

	/**
	 * The caller's own invitations.
	 * @param caller a person with a linked account
	 * @return the invitations, newest first
	 */
	public List<InvitationResponse> mine(Caller caller) {
		Bookable me = this.selves.lockMe(caller);
		return this.invitations.findByPersonIdOrderByInvitedAtDesc(me.id())
			.stream()
			.map((each) -> response(each, me.displayName()))
			.toList();
	}

	/**
	 * Accepts an invitation of the caller's own.
	 * @param caller the invited person
	 * @param invitationId the invitation
	 * @return the invitation
	 */
	public InvitationResponse accept(Caller caller, UUID invitationId) {
		Bookable me = this.selves.lockMe(caller);
		Invitation invitation = own(me, invitationId);
		RequestStatus status = this.requests.need(invitation.getRequestId()).status();
		if (!status.isOpenForStaffing()) {
			throw new IllegalRequestTransition(status, "accept");
		}
		invitation.accept(now());
		this.invitations.saveAndFlush(invitation);
		this.audit.record(entry(caller, "invitation.accept", invitation.getRequestId()));
		followStaffing(invitation.getRequestId(), caller);
		this.events.publishEvent(new PersonChanged(me.id(), false));
		return response(invitation, me.displayName());
	}

	/**
	 * Declines an invitation of the caller's own, with a reason.
	 * @param caller the invited person
	 * @param invitationId the invitation
	 * @param reason why
	 * @return the invitation
	 */
	public InvitationResponse decline(Caller caller, UUID invitationId, String reason) {
		Bookable me = this.selves.lockMe(caller);
		Invitation invitation = own(me, invitationId);
		invitation.decline(reason.strip(), now());
		this.invitations.saveAndFlush(invitation);
		this.audit.record(entry(caller, "invitation.decline", invitation.getRequestId()).because(reason));
		return response(invitation, me.displayName());
	}

	/**
	 * Logs the hours a person served on a completed request, approved at once; approves
	 * what they reported, with the coordinator's hours.
	 * @param caller a coordinator of the request
	 * @param requestId the request
	 * @param hours the person and hours
	 * @return the service record
	 */
	public ServiceRecordResponse logHours(Caller caller, UUID requestId, LogHoursRequest hours) {
		StaffingNeed need = completed(this.requests.managed(caller, requestId, "service.log-hours"), "log-hours");
		Invitation invitation = accepted(requestId, hours.person());
		LocalDate servedOn = servedOn(hours.servedOn());
		ServiceRecord record = this.records.findByInvitationId(invitation.getId())
			.orElseGet(() -> new ServiceRecord(UUID.randomUUID(), invitation, need.category(), servedOn, hours.hours(),
					caller.subject(), now()));
		record.approve(hours.hours(), caller.subject(), now());
		this.records.saveAndFlush(record);
		this.audit.record(entry(caller, "service.log-hours", requestId));
		this.events.publishEvent(new PersonChanged(invitation.getPersonId(), false));
		return response(record);
	}

	/**
	 * Reports the hours the caller served on a completed request, for approval.
	 * @param caller the person who served
	 * @param invitationId their invitation
	 * @param hours the hours
	 * @return the service record, not yet approved
	 */
	public ServiceRecordResponse reportHours(Caller caller, UUID invitationId, ReportHoursRequest hours) {
		Bookable me = this.selves.lockMe(caller);
		Invitation invitation = own(me, invitationId);
		if (invitation.getStatus() != InvitationStatus.ACCEPTED) {
			throw new IllegalInvitationTransition(invitation.getStatus(), "report-hours");
		}
		StaffingNeed need = completed(this.requests.need(invitation.getRequestId()), "report-hours");
		if (this.records.findByInvitationId(invitationId).isPresent()) {
			throw new HoursAlreadyApproved();
		}
		ServiceRecord record = new ServiceRecord(UUID.randomUUID(), invitation, need.category(),
				servedOn(hours.servedOn()), hours.hours(), caller.subject(), now());
		this.records.saveAndFlush(record);
		this.audit.record(entry(caller, "service.report-hours", invitation.getRequestId()));
		return response(record);
	}

	/**
	 * Approves hours a person reported.
	 * @param caller a coordinator of the request
	 * @param requestId the request
	 * @param recordId the service record
	 * @return the approved record
	 */
	public ServiceRecordResponse approveHours(Caller caller, UUID requestId, UUID recordId) {
		this.requests.managed(caller, requestId, "service.approve-hours");
		ServiceRecord record = this.records.findById(recordId)
			.filter((each) -> each.getRequestId().equals(requestId))
			.orElseThrow(InvitationNotFound::new);
		record.approve(null, caller.subject(), now());
		this.records.saveAndFlush(record);
		this.audit.record(entry(caller, "service.approve-hours", requestId));
		this.events.publishEvent(new PersonChanged(record.getPersonId(), false));
		return response(record);
	}

	/**
	 * Rates a person's service on a completed request, once per rater.
	 * @param caller a coordinator of the request, or its organisation
	 * @param requestId the request
	 * @param rating the person, stars and comment
	 * @return the rating
	 */
	public RatingResponse rate(Caller caller, UUID requestId, RateServiceRequest rating) {
		completed(this.requests.actionable(caller, requestId, "service.rate"), "rate");
		accepted(requestId, rating.person());
		UUID id = UUID.randomUUID();
		String comment = (rating.comment() != null && !rating.comment().isBlank()) ? rating.comment().strip() : null;
		try {
			this.jdbc.update("""
					insert into service_rating (id, request_id, person_id, stars, comment, rated_by, rated_at)
					values (:id, :request, :person, :stars, :comment, :by, :at)""",
					new MapSqlParameterSource("id", id).addValue("request", requestId)
						.addValue("person", rating.person())
						.addValue("stars", rating.stars())
						.addValue("comment", comment)
						.addValue("by", caller.subject())
						.addValue("at", java.sql.Timestamp.from(now())));
		}
		catch (DuplicateKeyException ex) {
			throw new AlreadyRated();
		}
		this.audit.record(entry(caller, "service.rate", requestId));
		this.events.publishEvent(new PersonChanged(rating.person(), false));
		return new RatingResponse(id, requestId, rating.person(), rating.stars(), comment);
	}

	/**
	 * The request an invitation of the caller's own is for, as the invitee may see it.
	 * @param caller the invited person
	 * @param invitationId the invitation
	 * @return the request, with nothing about the family beyond its reference
	 */
	public InvitedRequestResponse invitedRequest(Caller caller, UUID invitationId) {
		UUID me = this.selves.myId(caller);
		Invitation invitation = this.invitations.findById(invitationId)
			.filter((each) -> each.getPersonId().equals(me))
			.orElseThrow(InvitationNotFound::new);
		HelpRequestResponse request = this.requests.content(invitation.getRequestId());
		// A special family is disclosed in stages: the kind of help, the street, the time
		// and that it is a special family to everyone invited; the family's reference and
		// the meeting details only to those who accepted, and only while they serve.
		boolean disclosed = !request.sensitive() || invitation.getStatus() == InvitationStatus.ACCEPTED;
		this.audit.record(entry(caller,
				(request.sensitive() && disclosed) ? "invitation.read-special-family" : "invitation.read-request",
				invitation.getRequestId()));
		return new InvitedRequestResponse(invitation.getId(), invitation.getStatus(), request.id(), request.status(),
				request.category(), request.title(), disclosed ? request.description() : null, request.requiredSkills(),
				request.languages(), request.place().street(), request.schedule(), request.durationMinutes(),
				request.peopleNeeded(), request.sensitive(), disclosed ? request.familyReference() : null);
	}

	/**
	 * The caller's own record: approved hours this month, this year and in all, hours
	 * waiting for approval, completed work by category and the ratings received, without
	 * who gave them.
	 * @param caller a person with a linked account
	 * @return the record
	 */
	public MyRecordResponse myRecord(Caller caller) {
		UUID me = this.selves.myId(caller);
		LocalDate today = Shanghai.today(this.clock);
		MapSqlParameterSource parameters = new MapSqlParameterSource("person", me)
			.addValue("monthStart", today.withDayOfMonth(1))
			.addValue("yearStart", today.withDayOfYear(1));
		MyRecordResponse.Hours hours = this.jdbc.queryForObject("""
				select coalesce(sum(hours) filter (where state = 'APPROVED' and served_on >= :monthStart), 0),
				       coalesce(sum(hours) filter (where state = 'APPROVED' and served_on >= :yearStart), 0),
				       coalesce(sum(hours) filter (where state = 'APPROVED'), 0),
				       coalesce(sum(hours) filter (where state = 'REPORTED'), 0)
				  from service_record where person_id = :person""", parameters,
				(rs, n) -> new MyRecordResponse.Hours(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
						rs.getBigDecimal(4)));
		Map<String, Integer> byCategory = new java.util.TreeMap<>();
		this.jdbc.query("""
				select category_code, count(*) from service_record
				 where person_id = :person and state = 'APPROVED' group by category_code""", parameters, (row) -> {
			byCategory.put(row.getString(1), row.getInt(2));
		});
		List<MyRecordResponse.Rating> ratings = this.jdbc.query("""
				select g.stars, g.comment, g.rated_at, r.category_code
				  from service_rating g join help_request r on r.id = g.request_id
				 where g.person_id = :person order by g.rated_at desc limit 50""", parameters,
				(rs, n) -> new MyRecordResponse.Rating(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
						rs.getString(4)));
		Double average = this.jdbc.queryForObject(
				"select round(avg(stars), 2) from service_rating where person_id = :person", parameters, Double.class);
		this.audit.record(new AuditEntry(caller.subject(), caller.auditRoles(), "service.read-own-record", "person",
				me.toString(), null));
		return new MyRecordResponse(hours.thisMonth(), hours.thisYear(), hours.total(), hours.awaitingApproval(),
				byCategory, average, ratings);
	}

	/**
	 * A person's service records, newest first.
	 * @param caller a coordinator of the person
	 * @param personId the person
	 * @return the records, approved and pending
	 */
	public List<ServiceRecordResponse> serviceRecords(Caller caller, UUID personId) {
		this.people.requireManageable(caller, personId, "service.list");
		return records(caller, personId);
	}

	/**
	 * The caller's own service records, newest first.
	 * @param caller a person with a linked account
	 * @return the records, approved and pending
	 */
	public List<ServiceRecordResponse> myServiceRecords(Caller caller) {
		return records(caller, this.selves.myId(caller));
	}

	/**
	 * Hours people reported that wait for a coordinator's approval, oldest first; a
	 * street coordinator's are those of requests in their street.
	 * @param caller a coordinator
	 * @param limit at most this many
	 * @return the pending records with the person's name and the request's title
	 */
	public List<PendingHours> pendingHours(Caller caller, int limit) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("limit", limit);
		String sql = """
				select s.id, s.request_id, r.title, s.person_id, s.served_on, s.hours, s.recorded_at
				  from service_record s join help_request r on r.id = s.request_id
				 where s.state = 'REPORTED'""" + confinement(caller, parameters)
				+ " order by s.recorded_at limit :limit";
		List<PendingHours> rows = this.jdbc.query(sql, parameters,
				(rs, n) -> new PendingHours(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class),
						rs.getString("title"), rs.getObject("person_id", UUID.class), null,
						rs.getObject("served_on", LocalDate.class), rs.getBigDecimal("hours"),
						rs.getTimestamp("recorded_at").toInstant()));
		Map<UUID, String> names = this.listing.displayNames(rows.stream().map(PendingHours::person).toList());
		this.audit
			.record(new AuditEntry(caller.subject(), caller.auditRoles(), "queue.hours", "service_record", null, null));
		return rows.stream().map((each) -> each.named(names.get(each.person()))).toList();
	}

	/**
	 * How many invitations have waited for an answer longer than a time, and how many
	 * reported hours wait for approval, in the caller's area.
	 * @param caller a coordinator
	 * @param unansweredFor how long an invitation may wait before it counts
	 * @return the counts
	 */
	@Transactional(readOnly = true)
	public Map<String, Long> waitingCounts(Caller caller, java.time.Duration unansweredFor) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("before",
				java.sql.Timestamp.from(now().minus(unansweredFor)));
		String area = confinement(caller, parameters);
		Long unanswered = this.jdbc.queryForObject("""
				select count(*) from invitation i join help_request r on r.id = i.request_id
				 where i.status = 'INVITED' and i.invited_at < :before
				   and r.status in ('STAFFING', 'STAFFED')""" + area.replace("s.", "i."), parameters, Long.class);
		Long hours = this.jdbc.queryForObject(
				"select count(*) from service_record s join help_request r on r.id = s.request_id where s.state = 'REPORTED'"
						+ area,
				parameters, Long.class);
		return Map.of("invitationsUnanswered", unanswered, "hoursAwaitingApproval", hours);
	}

	private static String confinement(Caller caller, MapSqlParameterSource parameters) {
		if (caller.has(org.carepool.registry.access.Role.COORDINATOR)) {
			return "";
		}
		parameters.addValue("street", caller.street().orElse("\u0000none"));
		return " and r.street_code = :street";
	}

	private List<ServiceRecordResponse> records(Caller caller, UUID personId) {
		List<ServiceRecordResponse> found = this.records.findByPersonIdOrderByServedOnDesc(personId)
			.stream()
			.map(Assignments::response)
			.toList();
		this.audit.record(new AuditEntry(caller.subject(), caller.auditRoles(), "service.list", "person",
				personId.toString(), null));
		return found;
	}

	private void followStaffing(UUID requestId, Caller caller) {
		this.requests.followStaffing(requestId,
				this.invitations.countByRequestIdAndStatus(requestId, InvitationStatus.ACCEPTED), caller.subject());
	}

	/**
	 * The people who cannot be booked for a request: those already invited to it,
	 * whatever they answered, and those booked for an overlapping time.
	 * @param requestId the request
	 * @return their ids
	 */
	public Set<UUID> unavailableFor(UUID requestId) {
		Set<UUID> unavailable = new HashSet<>();
		this.invitations.findByRequestIdOrderByInvitedAt(requestId)
			.forEach((invitation) -> unavailable.add(invitation.getPersonId()));
		unavailable.addAll(bookedDuring(requestId));
		return unavailable;
	}

	private Set<String> servedFamilyBefore(StaffingNeed need) {
		if (need.familyReference() == null) {
			return Set.of();
		}
		List<UUID> earlier = this.requests.forFamily(need.familyReference(), need.id());
		if (earlier.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.queryForList(
				"select distinct cast(person_id as varchar) from invitation where request_id in (:requests) and status = 'ACCEPTED'",
				new MapSqlParameterSource("requests", earlier), String.class));
	}

	private static final String OVERLAPPING = """
			select distinct i.person_id from invitation i
			  join help_request other on other.id = i.request_id and other.status not in ('CANCELLED', 'REJECTED')
			  join request_occurrence a on a.request_id = i.request_id
			  join request_occurrence b on b.request_id = :request
			 where i.status in ('INVITED', 'ACCEPTED') and i.request_id <> :request
			   and a.starts_at < b.ends_at and b.starts_at < a.ends_at""";

	private List<UUID> bookedDuring(UUID requestId) {
		return this.jdbc.queryForList(OVERLAPPING, new MapSqlParameterSource("request", requestId), UUID.class);
	}

	private boolean isBookedDuring(UUID personId, UUID requestId) {
		return !this.jdbc
			.queryForList(OVERLAPPING + " and i.person_id = :person",
					new MapSqlParameterSource("request", requestId).addValue("person", personId), UUID.class)
			.isEmpty();
	}

	private Invitation own(Bookable me, UUID invitationId) {
		return this.invitations.findById(invitationId)
			.filter((each) -> each.getPersonId().equals(me.id()))
			.orElseThrow(InvitationNotFound::new);
	}

	private Invitation accepted(UUID requestId, UUID personId) {
		return this.invitations.findByRequestIdAndPersonId(requestId, personId)
			.filter((each) -> each.getStatus() == InvitationStatus.ACCEPTED)
			.orElseThrow(NotAssigned::new);
	}

	private static StaffingNeed completed(StaffingNeed need, String action) {
		if (need.status() != RequestStatus.COMPLETED) {
			throw new IllegalRequestTransition(need.status(), action);
		}
		return need;
	}

	private LocalDate servedOn(LocalDate given) {
		LocalDate today = Shanghai.today(this.clock);
		if (given == null) {
			return today;
		}
		if (given.isAfter(today)) {
			throw InvalidInput.of("servedOn", "dates.future");
		}
		return given;
	}

	private InvitationResponse response(Invitation invitation) {
		return response(invitation,
				this.listing.displayNames(List.of(invitation.getPersonId())).get(invitation.getPersonId()));
	}

	private static InvitationResponse response(Invitation invitation, String name) {
		return new InvitationResponse(invitation.getId(), invitation.getRequestId(), invitation.getPersonId(), name,
				invitation.getStatus(), invitation.getReason(), invitation.getInvitedBy(), invitation.getInvitedAt(),
				invitation.getAnsweredAt());
	}

	private static ServiceRecordResponse response(ServiceRecord record) {
		return new ServiceRecordResponse(record.getId(), record.getRequestId(), record.getPersonId(),
				record.getServedOn(), record.getHours(), record.getState() == ServiceRecord.State.APPROVED,
				record.getRecordedBy(), record.getApprovedBy());
	}

	private static AuditEntry entry(Caller caller, String action, UUID requestId) {
		return new AuditEntry(caller.subject(), caller.auditRoles(), action, "request", requestId.toString(), null);
	}

	private Instant now() {
		return this.clock.instant();
	}

}
