package org.carepool.registry.request;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plain unit tests for the request's state machine: every pair of statuses, against the
 * table the design gives (submitted → accepted or rejected → staffing ⇄ staffed → in
 * progress → completed; cancelled from anything not yet begun).
 */
class RequestStatusTests {

	private static final Map<RequestStatus, Set<RequestStatus>> ALLOWED = Map.of(RequestStatus.SUBMITTED,
			EnumSet.of(RequestStatus.ACCEPTED, RequestStatus.REJECTED, RequestStatus.CANCELLED), RequestStatus.ACCEPTED,
			EnumSet.of(RequestStatus.STAFFING, RequestStatus.CANCELLED), RequestStatus.STAFFING,
			EnumSet.of(RequestStatus.STAFFED, RequestStatus.CANCELLED), RequestStatus.STAFFED,
			EnumSet.of(RequestStatus.STAFFING, RequestStatus.IN_PROGRESS, RequestStatus.CANCELLED),
			RequestStatus.IN_PROGRESS, EnumSet.of(RequestStatus.COMPLETED), RequestStatus.COMPLETED,
			EnumSet.noneOf(RequestStatus.class), RequestStatus.REJECTED, EnumSet.noneOf(RequestStatus.class),
			RequestStatus.CANCELLED, EnumSet.noneOf(RequestStatus.class));

	@ParameterizedTest
	@EnumSource(RequestStatus.class)
	void eachStatusMayBecomeExactlyTheStatusesTheTableAllows(RequestStatus from) {
		Set<RequestStatus> reachable = EnumSet.noneOf(RequestStatus.class);
		for (RequestStatus next : RequestStatus.values()) {
			if (from.canBecome(next)) {
				reachable.add(next);
			}
		}
		assertThat(reachable).as("from %s", from).isEqualTo(ALLOWED.get(from));
	}

	@ParameterizedTest
	@EnumSource(RequestStatus.class)
	void nothingReturnsToSubmittedOrStaysWhereItIs(RequestStatus from) {
		assertThat(from.canBecome(RequestStatus.SUBMITTED)).isFalse();
		assertThat(from.canBecome(from)).isFalse();
	}

	@ParameterizedTest
	@EnumSource(RequestStatus.class)
	void whatTheRequestSaysMayChangeOnlyUntilItIsStaffed(RequestStatus status) {
		assertThat(status.isRevisable()).isEqualTo(
				EnumSet.of(RequestStatus.SUBMITTED, RequestStatus.ACCEPTED, RequestStatus.STAFFING).contains(status));
	}

	@ParameterizedTest
	@EnumSource(RequestStatus.class)
	void peopleAreInvitedAndAnswerOnlyWhileStaffingOrStaffed(RequestStatus status) {
		assertThat(status.isOpenForStaffing())
			.isEqualTo(EnumSet.of(RequestStatus.STAFFING, RequestStatus.STAFFED).contains(status));
	}

	@ParameterizedTest
	@EnumSource(value = RequestStatus.class, names = { "REJECTED", "COMPLETED", "CANCELLED" })
	void theFinalStatusesLeadNowhere(RequestStatus last) {
		assertThat(RequestStatus.values()).noneMatch(last::canBecome);
	}

}
