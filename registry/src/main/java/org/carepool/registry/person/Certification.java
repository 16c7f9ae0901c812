package org.carepool.registry.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A certification a person holds. Its number is sealed; any change returns it to
 * unverified, and only a coordinator verifies or rejects it.
 */
@Entity
@Table(name = "certification")
class Certification {

	@Id
	private UUID id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "person_id")
	private Person person;

	@Column(name = "type_code")
	private String type;

	@Column(name = "number_sealed")
	private String numberSealed;

	private String issuer;

	private LocalDate issuedOn;

	private LocalDate expiresOn;

	@Enumerated(EnumType.STRING)
	private CertificationState state;

	private String reviewedBy;

	private Instant reviewedAt;

	private String rejectionReason;

	protected Certification() {
	}

	Certification(UUID id, Person person, CertificationDetails details) {
		this.id = id;
		this.person = person;
		change(details);
	}

	void change(CertificationDetails details) {
		this.type = details.type();
		this.numberSealed = details.numberSealed();
		this.issuer = details.issuer();
		this.issuedOn = details.issuedOn();
		this.expiresOn = details.expiresOn();
		this.state = CertificationState.UNVERIFIED;
		this.reviewedBy = null;
		this.reviewedAt = null;
		this.rejectionReason = null;
	}

	void verify(String reviewer, Instant at) {
		this.state = CertificationState.VERIFIED;
		this.reviewedBy = reviewer;
		this.reviewedAt = at;
		this.rejectionReason = null;
	}

	void reject(String reviewer, Instant at, String reason) {
		this.state = CertificationState.REJECTED;
		this.reviewedBy = reviewer;
		this.reviewedAt = at;
		this.rejectionReason = reason;
	}

	boolean isValidOn(LocalDate day) {
		return this.state == CertificationState.VERIFIED && (this.expiresOn == null || !this.expiresOn.isBefore(day));
	}

	public UUID getId() {
		return this.id;
	}

	public String getType() {
		return this.type;
	}

	public String getNumberSealed() {
		return this.numberSealed;
	}

	public String getIssuer() {
		return this.issuer;
	}

	public LocalDate getIssuedOn() {
		return this.issuedOn;
	}

	public LocalDate getExpiresOn() {
		return this.expiresOn;
	}

	public CertificationState getState() {
		return this.state;
	}

	public String getReviewedBy() {
		return this.reviewedBy;
	}

	public Instant getReviewedAt() {
		return this.reviewedAt;
	}

	public String getRejectionReason() {
		return this.rejectionReason;
	}

	/**
	 * A certification's details as stored, its number already sealed.
	 */
	record CertificationDetails(String type, String numberSealed, String issuer, LocalDate issuedOn,
			LocalDate expiresOn) {
	}

}
