package org.carepool.registry.assignment;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the reads and writes the coordinator's console needs: a request staffed by
 * the facts, edited while not yet staffed, seen by its invitee without the family;
 * service records; queues confined to a street coordinator's street.
 */
@RegistryTest
class ScreenEndpointsTests {

	private final Caller coordinator = Callers.COORDINATOR.caller("screens-coordinator");

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
	void aRequestIsStaffedWhenEnoughHaveAcceptedAndStaffingAgainWhenOneIsWithdrawn() {
		String subjectA = UUID.randomUUID().toString();
		String subjectB = UUID.randomUUID().toString();
		PersonResponse a = this.people.activate(this.people.registerLinked(Callers.OWN_STREET, subjectA).id());
		PersonResponse b = this.people.activate(this.people.registerLinked(Callers.OWN_STREET, subjectB).id());
		HelpRequestResponse request = this.requests
			.submit(this.coordinator, needing(2, StaffingFixtures.request(Callers.OWN_STREET, null)), null)
			.request();
		request = this.staffing.moveTo(request.id(), RequestStatus.STAFFING);
		InvitationResponse first = this.staffing.invite(request.id(), a.id());
		InvitationResponse second = this.staffing.invite(request.id(), b.id());

		this.staffing.accept(subjectA, first.id());
		assertThat(status(request.id())).isEqualTo(RequestStatus.STAFFING);
		this.staffing.accept(subjectB, second.id());
		assertThat(status(request.id())).isEqualTo(RequestStatus.STAFFED);
		this.assignments.withdraw(this.coordinator, request.id(), first.id(), null);
		assertThat(status(request.id())).isEqualTo(RequestStatus.STAFFING);
		assertThat(this.requests.find(this.coordinator, request.id()).transitions())
			.extracting(HelpRequestResponse.TransitionResponse::to)
			.containsExactly(RequestStatus.SUBMITTED, RequestStatus.ACCEPTED, RequestStatus.STAFFING,
					RequestStatus.STAFFED, RequestStatus.STAFFING);
	}

	@Test
	void aRequestIsEditedWithIfMatchUntilItIsStaffed() {
		String subject = UUID.randomUUID().toString();
		PersonResponse person = this.people.activate(this.people.registerLinked(Callers.OWN_STREET, subject).id());
		HelpRequestResponse request = this.staffing.inStatus(Callers.OWN_STREET, null, RequestStatus.ACCEPTED);
		String edited = """
				{"category": "family-support", "title": "改期后的上门探访", "place": {"street": "changzheng-town"},
				 "schedule": {"date": "%s", "start": "14:00", "end": "16:00"}, "peopleNeeded": 1}
				""".formatted(request.schedule().date().plusDays(1));

		assertThat(put(request.id(), null, edited)).hasStatus(428);
		assertThat(put(request.id(), "\"" + (request.version() + 5) + "\"", edited)).hasStatus(412);
		MvcTestResult changed = put(request.id(), "\"" + request.version() + "\"", edited);
		assertThat(changed).hasStatus(200).bodyJson().extractingPath("$.title").isEqualTo("改期后的上门探访");
		assertThat(changed).bodyJson().extractingPath("$.schedule.start").isEqualTo("14:00:00");
		assertThat(changed.getResponse().getHeader("ETag")).isEqualTo("\"" + (request.version() + 1) + "\"");
		// A street coordinator may not move it out of their street.
		assertThat(this.mvc.put()
			.uri("/api/requests/{id}", request.id())
			.with(Callers.STREET_COORDINATOR.any())
			.header("If-Match", "*")
			.contentType(MediaType.APPLICATION_JSON)
			.content(edited.replace("changzheng-town", "taopu-town"))
			.exchange()).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("place.street");

		this.staffing.moveTo(request.id(), RequestStatus.STAFFING);
		this.staffing.accept(subject, this.staffing.invite(request.id(), person.id()).id());
		assertThat(put(request.id(), "*", edited)).hasStatus(409)
			.bodyJson()
			.extractingPath("$.currentStatus")
			.isEqualTo("STAFFED");
	}

	@Test
	void theInviteeSeesWhatWhereAndWhenButNotTheFamilyOrWhoAsked() {
		String subject = UUID.randomUUID().toString();
		PersonResponse person = this.people.activate(this.people.registerLinked(Callers.OWN_STREET, subject).id());
		HelpRequestResponse request = this.staffing.inStatus(Callers.OWN_STREET, Callers.OWN_ORGANISATION,
				RequestStatus.STAFFING);
		InvitationResponse invitation = this.staffing.invite(request.id(), person.id());

		MvcTestResult seen = this.mvc.get()
			.uri("/api/people/me/invitations/{id}/request", invitation.id())
			.with(Callers.EXPERT.as(subject))
			.exchange();
		assertThat(seen).hasStatus(200).bodyJson().extractingPath("$.title").isEqualTo(request.title());
		String body = body(seen);
		assertThat(body).contains(request.familyReference(), "changzheng-town")
			.doesNotContain(Callers.OWN_ORGANISATION, "organisation", "submittedBy", "transitions",
					"screens-coordinator", "fixture-coordinator");
		assertThat(this.mvc.get()
			.uri("/api/people/me/invitations/{id}/request", invitation.id())
			.with(Callers.EXPERT.any())
			.exchange()).hasStatus(404);
	}

	@Test
	void serviceRecordsAndQueuesStayInTheStreetCoordinatorsStreet() {
		String subject = UUID.randomUUID().toString();
		PersonResponse person = this.people.activate(this.people.registerLinked(Callers.OWN_STREET, subject).id());
		HelpRequestResponse request = this.staffing.inStatus(Callers.OWN_STREET, null, RequestStatus.STAFFING);
		InvitationResponse invitation = this.staffing.invite(request.id(), person.id());
		this.staffing.accept(subject, invitation.id());
		this.staffing.moveTo(request.id(), RequestStatus.COMPLETED);
		ServiceRecordResponse reported = this.staffing.report(subject, invitation.id());
		PersonResponse certified = this.people.certify(this.people.register(Callers.OWN_STREET).id());
		UUID certification = certified.certifications().get(0).id();

		assertThat(this.mvc.get()
			.uri("/api/people/{id}/service-records", person.id())
			.with(Callers.STREET_COORDINATOR.any())
			.exchange()).hasStatus(200).bodyJson().extractingPath("$[0].approved").isEqualTo(false);
		assertThat(this.mvc.get().uri("/api/people/me/service-records").with(Callers.EXPERT.as(subject)).exchange())
			.hasStatus(200)
			.bodyJson()
			.extractingPath("$[0].hours")
			.isEqualTo(2.0);

		String own = body(
				this.mvc.get().uri("/api/queues/hours?limit=200").with(Callers.STREET_COORDINATOR.any()).exchange());
		assertThat((List<String>) JsonPath.read(own, "$[*].id")).contains(reported.id().toString());
		assertThat((List<String>) JsonPath.read(own, "$[?(@.id == '" + reported.id() + "')].personName"))
			.containsExactly(person.name());
		String foreign = body(
				this.mvc.get().uri("/api/queues/hours?limit=200").with(foreignStreetCoordinator()).exchange());
		assertThat((List<String>) JsonPath.read(foreign, "$[*].id")).doesNotContain(reported.id().toString());
		String certifications = body(
				this.mvc.get().uri("/api/queues/certifications?limit=200").with(Callers.COORDINATOR.any()).exchange());
		assertThat((List<String>) JsonPath.read(certifications, "$[*].id")).contains(certification.toString());
		String foreignCertifications = body(
				this.mvc.get().uri("/api/queues/certifications?limit=200").with(foreignStreetCoordinator()).exchange());
		assertThat((List<String>) JsonPath.read(foreignCertifications, "$[*].id"))
			.doesNotContain(certification.toString());

		String counts = body(this.mvc.get().uri("/api/queues").with(Callers.STREET_COORDINATOR.any()).exchange());
		assertThat(((Number) JsonPath.read(counts, "$.hoursToApprove")).longValue()).isPositive();
		assertThat(((Number) JsonPath.read(counts, "$.certificationsToVerify")).longValue()).isPositive();
		String foreignCounts = body(this.mvc.get().uri("/api/queues").with(foreignStreetCoordinator()).exchange());
		assertThat(((Number) JsonPath.read(foreignCounts, "$.hoursToApprove")).longValue())
			.isLessThan(((Number) JsonPath.read(counts, "$.hoursToApprove")).longValue());
		assertThat(this.mvc.get().uri("/api/queues").with(Callers.EXPERT.any()).exchange()).hasStatus(403);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor foreignStreetCoordinator() {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt()
			.jwt((jwt) -> jwt.subject(UUID.randomUUID().toString())
				.claim("aud", List.of("carepool-registry"))
				.claim("roles", List.of("STREET_COORDINATOR"))
				.claim("street", Callers.FOREIGN_STREET))
			.authorities(
					new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_STREET_COORDINATOR"));
	}

	private RequestStatus status(UUID id) {
		return this.requests.find(this.coordinator, id).status();
	}

	private MvcTestResult put(UUID id, String ifMatch, String body) {
		var request = this.mvc.put()
			.uri("/api/requests/{id}", id)
			.with(Callers.COORDINATOR.any())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		if (ifMatch != null) {
			request = request.header("If-Match", ifMatch);
		}
		return request.exchange();
	}

	private static SubmitHelpRequest needing(int people, SubmitHelpRequest r) {
		return new SubmitHelpRequest(r.category(), r.project(), r.title(), r.description(), r.requiredSkills(),
				r.preferredSkills(), r.languages(), r.place(), r.schedule(), r.durationMinutes(), people, r.sensitive(),
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
