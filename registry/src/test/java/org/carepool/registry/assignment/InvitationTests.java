package org.carepool.registry.assignment;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Plain unit tests for the invitation's state machine: answered once by the person
 * (accepted or declined), withdrawn by a coordinator while it holds the person's time;
 * declined and withdrawn are final.
 */
class InvitationTests {

	private static final Instant SENT = Instant.parse("2030-01-01T02:00:00Z");

	private static final Instant ANSWERED = SENT.plusSeconds(3600);

	@Test
	void aNewInvitationHoldsThePersonsTimeUntilAnswered() {
		Invitation invitation = invitation();
		assertThat(invitation.getStatus()).isEqualTo(InvitationStatus.INVITED);
		assertThat(invitation.getStatus().holdsTime()).isTrue();
		assertThat(invitation.getInvitedAt()).isEqualTo(SENT);
		assertThat(invitation.getAnsweredAt()).isNull();
	}

	@Test
	void acceptingRecordsWhen() {
		Invitation invitation = invitation();
		invitation.accept(ANSWERED);
		assertThat(invitation.getStatus()).isEqualTo(InvitationStatus.ACCEPTED);
		assertThat(invitation.getStatus().holdsTime()).isTrue();
		assertThat(invitation.getAnsweredAt()).isEqualTo(ANSWERED);
	}

	@Test
	void decliningRecordsTheReasonAndFreesTheTime() {
		Invitation invitation = invitation();
		invitation.decline("出差", ANSWERED);
		assertThat(invitation.getStatus()).isEqualTo(InvitationStatus.DECLINED);
		assertThat(invitation.getReason()).isEqualTo("出差");
		assertThat(invitation.getStatus().holdsTime()).isFalse();
	}

	@ParameterizedTest
	@EnumSource(value = InvitationStatus.class, names = { "INVITED", "ACCEPTED" })
	void aCoordinatorMayWithdrawWhatHoldsTime(InvitationStatus from) {
		Invitation invitation = in(from);
		invitation.withdraw("家属改期", ANSWERED);
		assertThat(invitation.getStatus()).isEqualTo(InvitationStatus.WITHDRAWN);
		assertThat(invitation.getReason()).isEqualTo("家属改期");
		assertThat(invitation.getStatus().holdsTime()).isFalse();
	}

	@ParameterizedTest
	@EnumSource(value = InvitationStatus.class, names = { "ACCEPTED", "DECLINED", "WITHDRAWN" })
	void anAnsweredInvitationCannotBeAnsweredAgain(InvitationStatus from) {
		refused(from, "accept", (invitation) -> invitation.accept(ANSWERED));
		refused(from, "decline", (invitation) -> invitation.decline("改主意", ANSWERED));
	}

	@ParameterizedTest
	@EnumSource(value = InvitationStatus.class, names = { "DECLINED", "WITHDRAWN" })
	void declinedAndWithdrawnAreFinal(InvitationStatus from) {
		refused(from, "withdraw", (invitation) -> invitation.withdraw("再撤回", ANSWERED));
	}

	private static void refused(InvitationStatus from, String action, Consumer<Invitation> attempt) {
		Invitation invitation = in(from);
		String reasonBefore = invitation.getReason();
		assertThatExceptionOfType(IllegalInvitationTransition.class).isThrownBy(() -> attempt.accept(invitation))
			.satisfies((ex) -> {
				assertThat(ex.current()).isEqualTo(from);
				assertThat(ex.action()).isEqualTo(action);
			});
		assertThat(invitation.getStatus()).isEqualTo(from);
		assertThat(invitation.getReason()).isEqualTo(reasonBefore);
	}

	private static Invitation in(InvitationStatus status) {
		Invitation invitation = invitation();
		switch (status) {
			case INVITED -> {
			}
			case ACCEPTED -> invitation.accept(ANSWERED);
			case DECLINED -> invitation.decline("没空", ANSWERED);
			case WITHDRAWN -> invitation.withdraw("取消", ANSWERED);
		}
		return invitation;
	}

	private static Invitation invitation() {
		return new Invitation(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "coordinator-1", SENT);
	}

}
