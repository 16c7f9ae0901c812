package org.carepool.registry.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.carepool.registry.RegistryTest;
import org.carepool.registry.access.Callers;
import org.carepool.registry.person.PersonFixtures;
import org.carepool.registry.person.PersonResponse;
import org.carepool.registry.request.HelpRequestResponse;
import org.carepool.registry.request.RequestManagement;
import org.carepool.registry.request.RequestStatus;
import org.carepool.registry.request.SubmitHelpRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link Assignments#invite}: a person is never booked twice for overlapping
 * time, not even by two coordinators at the same moment.
 */
@RegistryTest
class DoubleBookingTests {

	@Autowired
	private Assignments assignments;

	@Autowired
	private RequestManagement requests;

	@Autowired
	private StaffingFixtures staffing;

	@Autowired
	private PersonFixtures people;

	@Test
	void refusesAnInvitationThatOverlapsAnother() {
		PersonResponse person = this.people.activate(this.people.register(Callers.OWN_STREET).id());
		SubmitHelpRequest submission = StaffingFixtures.request(Callers.OWN_STREET, null);
		HelpRequestResponse first = staffed(submission);
		HelpRequestResponse second = staffed(submission);
		this.staffing.invite(first.id(), person.id());
		assertThatExceptionOfType(DoubleBooked.class).isThrownBy(() -> this.staffing.invite(second.id(), person.id()));
		assertThatExceptionOfType(AlreadyInvited.class).isThrownBy(() -> this.staffing.invite(first.id(), person.id()));
	}

	@Test
	void letsExactlyOneOfTwoSimultaneousCoordinatorsBookTheLastFreePerson() throws Exception {
		PersonResponse person = this.people.activate(this.people.register(Callers.OWN_STREET).id());
		SubmitHelpRequest submission = StaffingFixtures.request(Callers.OWN_STREET, null);
		List<HelpRequestResponse> competing = List.of(staffed(submission), staffed(submission));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Boolean>> outcomes = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				HelpRequestResponse request = competing.get(i);
				String coordinator = "coordinator-" + i;
				outcomes.add(threads.submit(() -> {
					start.await();
					try {
						this.assignments.invite(Callers.COORDINATOR.caller(coordinator), request.id(), person.id());
						return true;
					}
					catch (DoubleBooked ex) {
						return false;
					}
				}));
			}
			start.countDown();
			List<Boolean> booked = new ArrayList<>();
			for (Future<Boolean> outcome : outcomes) {
				booked.add(outcome.get(30, TimeUnit.SECONDS));
			}
			assertThat(booked).containsExactlyInAnyOrder(true, false);
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void freesThePersonWhenTheInvitationIsWithdrawn() {
		PersonResponse person = this.people.activate(this.people.register(Callers.OWN_STREET).id());
		SubmitHelpRequest submission = StaffingFixtures.request(Callers.OWN_STREET, null);
		HelpRequestResponse first = staffed(submission);
		HelpRequestResponse second = staffed(submission);
		InvitationResponse invitation = this.staffing.invite(first.id(), person.id());
		this.assignments.withdraw(Callers.COORDINATOR.caller("replacing"), first.id(), invitation.id(), null);
		assertThat(this.staffing.invite(second.id(), person.id()).status()).isEqualTo(InvitationStatus.INVITED);
	}

	private HelpRequestResponse staffed(SubmitHelpRequest submission) {
		HelpRequestResponse request = this.requests.submit(Callers.COORDINATOR.caller("submitter"), submission, null)
			.request();
		return this.staffing.moveTo(request.id(), RequestStatus.STAFFING);
	}

}
