package org.carepool.registry.assignment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.carepool.registry.aggregate.Aggregate;

/**
 * An invitation of a person to serve on a request: answered once by the person, withdrawn
 * by a coordinator.
 */
@Entity
@Table(name = "invitation")
class Invitation extends Aggregate {

	private UUID requestId;

	private UUID personId;

	@Enumerated(EnumType.STRING)
	private InvitationStatus status;

	private String reason;

	private String invitedBy;

	private Instant invitedAt;

	private Instant answeredAt;

	protected Invitation() {
	}

	Invitation(UUID id, UUID requestId, UUID personId, String invitedBy, Instant now) {
		super(id);
		this.requestId = requestId;
		this.personId = personId;
		this.invitedBy = invitedBy;
		this.invitedAt = now;
		this.status = InvitationStatus.INVITED;
	}

	void accept(Instant now) {
		require(InvitationStatus.INVITED, "accept");
		this.status = InvitationStatus.ACCEPTED;
		this.answeredAt = now;
	}

	void decline(String reason, Instant now) {
		require(InvitationStatus.INVITED, "decline");
		this.status = InvitationStatus.DECLINED;
		this.reason = reason;
		this.answeredAt = now;
	}

	void withdraw(String reason, Instant now) {
		if (!this.status.holdsTime()) {
			throw new IllegalInvitationTransition(this.status, "withdraw");
		}
		this.status = InvitationStatus.WITHDRAWN;
		this.reason = reason;
		this.answeredAt = now;
	}

	private void require(InvitationStatus expected, String action) {
		if (this.status != expected) {
			throw new IllegalInvitationTransition(this.status, action);
		}
	}

	UUID getRequestId() {
		return this.requestId;
	}

	UUID getPersonId() {
		return this.personId;
	}

	InvitationStatus getStatus() {
		return this.status;
	}

	String getReason() {
		return this.reason;
	}

	String getInvitedBy() {
		return this.invitedBy;
	}

	Instant getInvitedAt() {
		return this.invitedAt;
	}

	Instant getAnsweredAt() {
		return this.answeredAt;
	}

}
