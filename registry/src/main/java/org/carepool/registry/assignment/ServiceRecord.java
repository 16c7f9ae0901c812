package org.carepool.registry.assignment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.carepool.registry.aggregate.Aggregate;

/**
 * The hours a person served on a request: logged by a coordinator, or reported by the
 * person and approved by a coordinator; only approved hours count.
 */
@Entity
@Table(name = "service_record")
class ServiceRecord extends Aggregate {

	private UUID invitationId;

	private UUID requestId;

	private UUID personId;

	private String categoryCode;

	private LocalDate servedOn;

	private BigDecimal hours;

	@Enumerated(EnumType.STRING)
	private State state;

	private String recordedBy;

	private Instant recordedAt;

	private String approvedBy;

	private Instant approvedAt;

	protected ServiceRecord() {
	}

	ServiceRecord(UUID id, Invitation invitation, String category, LocalDate servedOn, BigDecimal hours,
			String recordedBy, Instant now) {
		super(id);
		this.invitationId = invitation.getId();
		this.requestId = invitation.getRequestId();
		this.personId = invitation.getPersonId();
		this.categoryCode = category;
		this.servedOn = servedOn;
		this.hours = hours;
		this.state = State.REPORTED;
		this.recordedBy = recordedBy;
		this.recordedAt = now;
	}

	void approve(BigDecimal hours, String approver, Instant now) {
		if (this.state == State.APPROVED) {
			throw new HoursAlreadyApproved();
		}
		if (hours != null) {
			this.hours = hours;
		}
		this.state = State.APPROVED;
		this.approvedBy = approver;
		this.approvedAt = now;
	}

	UUID getRequestId() {
		return this.requestId;
	}

	UUID getPersonId() {
		return this.personId;
	}

	LocalDate getServedOn() {
		return this.servedOn;
	}

	BigDecimal getHours() {
		return this.hours;
	}

	State getState() {
		return this.state;
	}

	String getRecordedBy() {
		return this.recordedBy;
	}

	String getApprovedBy() {
		return this.approvedBy;
	}

	/**
	 * Whether the hours count yet.
	 */
	enum State {

		REPORTED, APPROVED

	}

}
