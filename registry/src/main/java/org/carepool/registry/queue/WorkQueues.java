package org.carepool.registry.queue;

import java.time.Duration;
import java.util.Map;

import org.carepool.registry.access.Caller;
import org.carepool.registry.assignment.Assignments;
import org.carepool.registry.person.PersonQueues;
import org.carepool.registry.request.RequestManagement;
import org.carepool.registry.request.RequestStatus;

import org.springframework.stereotype.Service;

/**
 * Counts what waits for a coordinator today.
 */
@Service
public class WorkQueues {

	/** An invitation unanswered for longer than this needs a nudge. */
	public static final Duration UNANSWERED = Duration.ofHours(48);

	/** Certificates that expire within this many days are shown. */
	public static final int EXPIRING_WITHIN_DAYS = 30;

	private final PersonQueues people;

	private final RequestManagement requests;

	private final Assignments assignments;

	WorkQueues(PersonQueues people, RequestManagement requests, Assignments assignments) {
		this.people = people;
		this.requests = requests;
		this.assignments = assignments;
	}

	/**
	 * The counts of every queue in the caller's area.
	 * @param caller a coordinator
	 * @return the counts
	 */
	public QueueCounts counts(Caller caller) {
		Map<String, Long> people = this.people.counts(caller, EXPIRING_WITHIN_DAYS);
		Map<String, Long> waiting = this.assignments.waitingCounts(caller, UNANSWERED);
		Map<RequestStatus, Long> requests = this.requests.countsByStatus(caller);
		return new QueueCounts(people.get("applicants"), people.get("certificationsUnverified"),
				requests.get(RequestStatus.SUBMITTED), waiting.get("invitationsUnanswered"),
				waiting.get("hoursAwaitingApproval"), people.get("certificatesExpiring"), requests);
	}

	/**
	 * What waits for a coordinator.
	 *
	 * @param applicantsToVet applicants not yet vetted
	 * @param certificationsToVerify certifications nobody has checked
	 * @param requestsToAccept submitted requests
	 * @param invitationsUnanswered invitations waiting longer than 48 hours
	 * @param hoursToApprove self-reported hours
	 * @param certificatesExpiring verified certificates of active people that expire
	 * within 30 days
	 * @param requestsByStatus every request status with its count
	 */
	public record QueueCounts(long applicantsToVet, long certificationsToVerify, long requestsToAccept,
			long invitationsUnanswered, long hoursToApprove, long certificatesExpiring,
			Map<RequestStatus, Long> requestsByStatus) {
	}

}
