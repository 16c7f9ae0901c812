package org.carepool.registry.queue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.carepool.registry.RegistryTest;
import org.carepool.registry.access.Caller;
import org.carepool.registry.access.Callers;
import org.carepool.registry.assignment.Assignments;
import org.carepool.registry.assignment.InvitationResponse;
import org.carepool.registry.assignment.ServiceRecordResponse;
import org.carepool.registry.assignment.StaffingFixtures;
import org.carepool.registry.person.PersonFixtures;
import org.carepool.registry.person.PersonManagement;
import org.carepool.registry.person.PersonResponse;
import org.carepool.registry.queue.SupplyGaps.ActivePeople;
import org.carepool.registry.queue.SupplyGaps.Figures;
import org.carepool.registry.queue.SupplyGaps.MonthHours;
import org.carepool.registry.queue.SupplyGaps.StreetNeed;
import org.carepool.registry.request.HelpRequestResponse;
import org.carepool.registry.request.RequestStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SupplyGaps}.
 */
@RegistryTest
class SupplyGapsTests {

	private final Caller coordinator = Callers.COORDINATOR.caller("gaps-coordinator");

	@Autowired
	private SupplyGaps gaps;

	@Autowired
	private PersonFixtures people;

	@Autowired
	private PersonManagement management;

	@Autowired
	private StaffingFixtures staffing;

	@Autowired
	private Assignments assignments;

	@Autowired
	private MockMvcTester mvc;

	@Test
	void countsWhoCouldServeAStreetsOpenNeedsOnlyOnceTheyAreActiveAndTheirCertificateIsVerified() {
		this.staffing.inStatus(Callers.OWN_STREET, null, RequestStatus.ACCEPTED);
		StreetNeed before = need(this.coordinator, Callers.OWN_STREET).orElseThrow();
		assertThat(before.openRequests()).isPositive();
		assertThat(before.peopleNeeded()).isGreaterThanOrEqualTo(before.openRequests());

		PersonResponse applicant = this.people.certify(this.people.register(Callers.OWN_STREET).id());
		assertThat(need(this.coordinator, Callers.OWN_STREET).orElseThrow().peopleAvailable())
			.isEqualTo(before.peopleAvailable());
		this.people.activate(applicant.id());
		// Grief counselling needs a verified certificate: not yet.
		assertThat(need(this.coordinator, Callers.OWN_STREET).orElseThrow().peopleAvailable())
			.isEqualTo(before.peopleAvailable());
		this.management.verifyCertification(this.coordinator, applicant.id(), applicant.certifications().get(0).id());
		StreetNeed after = need(this.coordinator, Callers.OWN_STREET).orElseThrow();

		assertThat(after.peopleAvailable()).isEqualTo(before.peopleAvailable() + 1);
		assertThat(after.uncovered()).isFalse();
	}

	@Test
	void putsNeedsNobodyCanCoverFirstAndShowsAStreetCoordinatorTheirStreetOnly() {
		this.staffing.inStatus(Callers.OWN_STREET, null, RequestStatus.STAFFING);
		this.staffing.inStatus(Callers.FOREIGN_STREET, null, RequestStatus.SUBMITTED);

		List<StreetNeed> all = this.gaps.byStreet(this.coordinator);
		assertThat(all).extracting(StreetNeed::street).contains(Callers.OWN_STREET, Callers.FOREIGN_STREET);
		assertThat(all).allSatisfy((need) -> assertThat(need.uncovered()).isEqualTo(need.peopleAvailable() == 0));
		assertThat(all).extracting(StreetNeed::peopleAvailable).isSorted();
		assertThat(this.gaps.byStreet(Callers.STREET_COORDINATOR.caller("gaps-street"))).isNotEmpty()
			.extracting(StreetNeed::street)
			.containsOnly(Callers.OWN_STREET);
		assertThat(this.mvc.get().uri("/api/queues/gaps").with(Callers.STREET_COORDINATOR.any())).hasStatus(200)
			.bodyJson()
			.extractingPath("$[*].street")
			.asArray()
			.containsOnly(Callers.OWN_STREET);
	}

	@Test
	void countsActivePeopleByStreetAndAreaAndApprovedHoursInEachOfTwelveMonths() {
		String subject = UUID.randomUUID().toString();
		long before = psychologists(this.gaps.figures(this.coordinator));
		BigDecimal thisMonth = last(this.gaps.figures(this.coordinator)).hours();
		PersonResponse person = this.people.activate(this.people.registerLinked(Callers.OWN_STREET, subject).id());
		HelpRequestResponse request = this.staffing.inStatus(Callers.OWN_STREET, null, RequestStatus.STAFFING);
		InvitationResponse invitation = this.staffing.invite(request.id(), person.id());
		this.staffing.accept(subject, invitation.id());
		this.staffing.moveTo(request.id(), RequestStatus.COMPLETED);
		ServiceRecordResponse reported = this.staffing.report(subject, invitation.id());
		// Reported hours count once a coordinator approves them.
		assertThat(last(this.gaps.figures(this.coordinator)).hours()).isEqualByComparingTo(thisMonth);
		this.assignments.approveHours(this.coordinator, request.id(), reported.id());

		Figures figures = this.gaps.figures(this.coordinator);
		assertThat(psychologists(figures)).isEqualTo(before + 1);
		assertThat(figures.hoursByMonth()).hasSize(12);
		assertThat(last(figures).month()).isEqualTo(YearMonth.from(reported.servedOn()).toString());
		assertThat(last(figures).hours()).isEqualByComparingTo(thisMonth.add(reported.hours()));
		assertThat(figures.hoursByMonth()).extracting(MonthHours::month).isSorted().doesNotHaveDuplicates();
		assertThat(this.gaps.figures(Callers.STREET_COORDINATOR.caller("figures-street")).activePeople()).isNotEmpty()
			.extracting(ActivePeople::street)
			.containsOnly(Callers.OWN_STREET);
	}

	private static long psychologists(Figures figures) {
		return figures.activePeople()
			.stream()
			.filter((each) -> each.street().equals(Callers.OWN_STREET) && each.area().equals("psychology"))
			.mapToLong(ActivePeople::people)
			.sum();
	}

	private static MonthHours last(Figures figures) {
		return figures.hoursByMonth().get(figures.hoursByMonth().size() - 1);
	}

	private Optional<StreetNeed> need(Caller caller, String street) {
		return this.gaps.byStreet(caller)
			.stream()
			.filter((need) -> need.street().equals(street) && need.skill().equals("psy.grief") && need.minLevel() == 2)
			.findFirst();
	}

}
