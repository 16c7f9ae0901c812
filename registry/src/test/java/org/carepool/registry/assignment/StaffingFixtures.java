package org.carepool.registry.assignment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.carepool.registry.access.Caller;
import org.carepool.registry.access.Callers;
import org.carepool.registry.draw.DrawFixtures;
import org.carepool.registry.draw.DrawResponse;
import org.carepool.registry.draw.Draws;
import org.carepool.registry.request.HelpRequestResponse;
import org.carepool.registry.request.RequestManagement;
import org.carepool.registry.request.RequestStatus;
import org.carepool.registry.request.SubmitHelpRequest;

import org.springframework.stereotype.Component;

/**
 * Submits requests and staffs them for tests through the registry's own services, as a
 * district coordinator; every request falls on a day of its own, so fixtures never clash.
 */
@Component
public class StaffingFixtures {

	private static final AtomicInteger DAYS = new AtomicInteger();

	private final RequestManagement requests;

	private final Assignments assignments;

	private final Caller coordinator = Callers.COORDINATOR.caller("fixture-coordinator");

	private final DrawFixtures drawFixtures;

	private final Draws draws;

	StaffingFixtures(RequestManagement requests, Assignments assignments, DrawFixtures drawFixtures, Draws draws) {
		this.requests = requests;
		this.assignments = assignments;
		this.drawFixtures = drawFixtures;
		this.draws = draws;
	}

	/**
	 * A request open for staffing with two grief counsellors free for it.
	 * @param street the street
	 * @param organisation the requesting organisation
	 * @return the request's id
	 */
	public UUID drawable(String street, String organisation) {
		return this.drawFixtures.drawable(street, organisation);
	}

	/**
	 * Draws one grief counsellor for a request and withdraws the invitation.
	 * @param request the request, drawable
	 * @return the draw
	 */
	public DrawResponse drawAndWithdraw(UUID request) {
		return this.drawFixtures.drawAndWithdraw(this.draws, this.assignments, request);
	}

	/**
	 * A one-off grief-counselling request on a day no other fixture uses.
	 * @param street the street
	 * @param organisation the requesting organisation
	 * @return the submission
	 */
	public static SubmitHelpRequest request(String street, String organisation) {
		LocalDate day = LocalDate.now().plusDays(10 + DAYS.getAndIncrement() % 600);
		return new SubmitHelpRequest("family-support", "warm-heart", "失独家庭上门探访", "每周陪伴与心理支持。",
				List.of(new SubmitHelpRequest.SkillNeed("psy.grief", 2)), List.of(), List.of("zh-wuu"),
				new SubmitHelpRequest.PlaceInput(street, null),
				new SubmitHelpRequest.ScheduleInput(day, null, null, null, LocalTime.of(9, 0), LocalTime.of(11, 0)),
				120, 1, false, false, null, "FAM-2026-" + String.format("%04d", DAYS.get() % 10000),
				(organisation != null) ? UUID.fromString(organisation) : null);
	}

	/**
	 * Submits a request and moves it to a status.
	 * @param street the street
	 * @param organisation the requesting organisation
	 * @param status the status to reach
	 * @return the request
	 */
	public HelpRequestResponse inStatus(String street, String organisation, RequestStatus status) {
		HelpRequestResponse request = this.requests.submit(this.coordinator, request(street, organisation), null)
			.request();
		return moveTo(request.id(), status);
	}

	/**
	 * Moves a request along the usual path to a status.
	 * @param id the request
	 * @param status the status to reach
	 * @return the request
	 */
	public HelpRequestResponse moveTo(UUID id, RequestStatus status) {
		List<RequestStatus> path = List.of(RequestStatus.SUBMITTED, RequestStatus.ACCEPTED, RequestStatus.STAFFING,
				RequestStatus.STAFFED, RequestStatus.IN_PROGRESS, RequestStatus.COMPLETED);
		HelpRequestResponse request = this.requests.find(this.coordinator, id);
		for (int i = path.indexOf(request.status()) + 1; i <= path.indexOf(status); i++) {
			request = this.requests.transition(this.coordinator, id, null, path.get(i), null);
		}
		return request;
	}

	/**
	 * Invites a person to a request that is staffing.
	 * @param request the request
	 * @param person the person, active
	 * @return the invitation
	 */
	public InvitationResponse invite(UUID request, UUID person) {
		return this.assignments.invite(this.coordinator, request, person);
	}

	/**
	 * Accepts an invitation as the invited person.
	 * @param subject the person's account
	 * @param invitation the invitation
	 * @return the invitation
	 */
	public InvitationResponse accept(String subject, UUID invitation) {
		return this.assignments.accept(Callers.EXPERT.caller(subject), invitation);
	}

	/**
	 * Reports hours as the person who served.
	 * @param subject the person's account
	 * @param invitation the invitation
	 * @return the service record
	 */
	public ServiceRecordResponse report(String subject, UUID invitation) {
		return this.assignments.reportHours(Callers.EXPERT.caller(subject), invitation,
				new ReportHoursRequest(new BigDecimal("2.0"), null));
	}

}
