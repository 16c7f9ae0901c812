package org.carepool.registry.assignment;

import java.math.BigDecimal;
import java.util.UUID;

import org.carepool.registry.RegistryTest;
import org.carepool.registry.access.Caller;
import org.carepool.registry.access.Callers;
import org.carepool.registry.person.PersonFixtures;
import org.carepool.registry.person.PersonResponse;
import org.carepool.registry.request.HelpRequestResponse;
import org.carepool.registry.request.RequestManagement;
import org.carepool.registry.request.RequestStatus;
import org.carepool.registry.request.SubmitHelpRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for what people see of their own work through the API: a special family is
 * disclosed in stages (the family's reference and the meeting details only once they have
 * accepted, and only while they serve), and their own record counts their hours, work and
 * ratings and nobody else's.
 */
@RegistryTest
class StagedDisclosureTests {

	private static final String MEETING = "周六上午九点在居委会门口会合，由社工陪同上门。";

	private final Caller coordinator = Callers.COORDINATOR.caller("disclosure-coordinator");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private PersonFixtures people;

	@Autowired
	private StaffingFixtures staffing;

	@Autowired
	private RequestManagement requests;

	@Autowired
	private Assignments assignments;

	@Test
	void aSpecialFamilysReferenceAndMeetingDetailsReachOnlyThoseWhoAccepted() {
		String accepting = UUID.randomUUID().toString();
		String hesitating = UUID.randomUUID().toString();
		PersonResponse a = this.people.activate(this.people.registerLinked(Callers.OWN_STREET, accepting).id());
		PersonResponse b = this.people.activate(this.people.registerLinked(Callers.OWN_STREET, hesitating).id());
		HelpRequestResponse request = this.requests.submit(this.coordinator, special(), null).request();
		this.staffing.moveTo(request.id(), RequestStatus.STAFFING);
		InvitationResponse first = this.staffing.invite(request.id(), a.id());
		InvitationResponse second = this.staffing.invite(request.id(), b.id());

		// Before accepting: the kind of help, the street, the time, a special family.
		MvcTestResult before = seen(accepting, first.id());
		assertThat(before).hasStatus(200).bodyJson().extractingPath("$.sensitive").isEqualTo(true);
		assertThat(before).bodyJson().extractingPath("$.category").isEqualTo("family-support");
		assertThat(before).bodyJson().extractingPath("$.street").isEqualTo(Callers.OWN_STREET);
		assertThat(before).bodyJson().extractingPath("$.schedule.start").isEqualTo("09:00:00");
		assertThat(body(before)).doesNotContain(request.familyReference(), MEETING, "familyReference", "description");

		this.staffing.accept(accepting, first.id());
		MvcTestResult after = seen(accepting, first.id());
		assertThat(after).hasStatus(200)
			.bodyJson()
			.extractingPath("$.familyReference")
			.isEqualTo(request.familyReference());
		assertThat(after).bodyJson().extractingPath("$.description").isEqualTo(MEETING);
		// The other invitee, who has not accepted, still sees only the first stage…
		assertThat(body(seen(hesitating, second.id()))).doesNotContain(request.familyReference(), MEETING);
		// …nor after declining,
		assertThat(this.mvc.post()
			.uri("/api/people/me/invitations/{id}/decline", second.id())
			.with(Callers.EXPERT.as(hesitating))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"那天要照顾孙子\"}")
			.exchange()).hasStatus(200);
		assertThat(body(seen(hesitating, second.id()))).doesNotContain(request.familyReference(), MEETING);
		// and someone else's invitation is nobody's business.
		assertThat(this.mvc.get()
			.uri("/api/people/me/invitations/{id}/request", first.id())
			.with(Callers.EXPERT.as(hesitating))
			.exchange()).hasStatus(404);
		assertThat(this.mvc.get()
			.uri("/api/people/me/invitations/{id}/request", first.id())
			.with(Callers.VOLUNTEER.any())
			.exchange()).hasStatus(404);
		// Withdrawn, the person who accepted no longer sees the family.
		this.assignments.withdraw(this.coordinator, request.id(), first.id(), "换人");
		assertThat(body(seen(accepting, first.id()))).doesNotContain(request.familyReference(), MEETING);
	}

	@Test
	void aPersonsOwnRecordCountsTheirApprovedHoursWorkAndRatingsAndNobodyElses() {
		String subject = UUID.randomUUID().toString();
		String other = UUID.randomUUID().toString();
		PersonResponse person = this.people.activate(this.people.registerLinked(Callers.OWN_STREET, subject).id());
		this.people.activate(this.people.registerLinked(Callers.OWN_STREET, other).id());
		HelpRequestResponse request = this.staffing.inStatus(Callers.OWN_STREET, null, RequestStatus.STAFFING);
		InvitationResponse invitation = this.staffing.invite(request.id(), person.id());
		this.staffing.accept(subject, invitation.id());
		this.staffing.moveTo(request.id(), RequestStatus.COMPLETED);
		ServiceRecordResponse reported = this.staffing.report(subject, invitation.id());

		MvcTestResult waiting = record(subject);
		assertThat(waiting).hasStatus(200).bodyJson().extractingPath("$.hoursAwaitingApproval").isEqualTo(2.0);
		assertThat(waiting).bodyJson().extractingPath("$.totalHours").isEqualTo(0);

		this.assignments.approveHours(this.coordinator, request.id(), reported.id());
		this.assignments.rate(this.coordinator, request.id(), new RateServiceRequest(person.id(), 5, "老人很信任她。"));
		MvcTestResult approved = record(subject);
		assertThat(approved).bodyJson().extractingPath("$.totalHours").isEqualTo(2.0);
		assertThat(approved).bodyJson().extractingPath("$.hoursThisYear").isEqualTo(2.0);
		assertThat(approved).bodyJson().extractingPath("$.hoursAwaitingApproval").isEqualTo(0);
		assertThat(approved).bodyJson().extractingPath("$.completedByCategory.family-support").isEqualTo(1);
		assertThat(approved).bodyJson().extractingPath("$.averageRating").isEqualTo(5.0);
		assertThat(approved).bodyJson().extractingPath("$.ratings[0].comment").isEqualTo("老人很信任她。");
		// Who rated stays the coordinators' to know.
		assertThat(body(approved)).doesNotContain("disclosure-coordinator", "ratedBy");

		MvcTestResult theirs = record(other);
		assertThat(theirs).hasStatus(200).bodyJson().extractingPath("$.totalHours").isEqualTo(0);
		assertThat(body(theirs)).doesNotContain("老人很信任她。");
		// A partner has no record of their own to read.
		assertThat(this.mvc.get().uri("/api/people/me/record").with(Callers.PARTNER.any()).exchange()).hasStatus(403);
	}

	private MvcTestResult seen(String subject, UUID invitation) {
		return this.mvc.get()
			.uri("/api/people/me/invitations/{id}/request", invitation)
			.with(Callers.EXPERT.as(subject))
			.exchange();
	}

	private MvcTestResult record(String subject) {
		return this.mvc.get().uri("/api/people/me/record").with(Callers.EXPERT.as(subject)).exchange();
	}

	private static SubmitHelpRequest special() {
		SubmitHelpRequest r = StaffingFixtures.request(Callers.OWN_STREET, null);
		return new SubmitHelpRequest(r.category(), r.project(), r.title(), MEETING, r.requiredSkills(),
				r.preferredSkills(), r.languages(), r.place(), r.schedule(), r.durationMinutes(), 2, true,
				r.avoidOwnOrganisation(), r.dueOn(), r.familyReference(), r.organisation());
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
