package org.carepool.registry.person;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A person's consent to a version of the privacy notice for some purposes, until
 * withdrawn.
 */
@Entity
@Table(name = "consent")
class Consent {

	/** The purpose that allows coordinators to contact the person about requests. */
	static final String CONTACT = "contact";

	@Id
	private UUID id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "person_id")
	private Person person;

	private String noticeVersion;

	private String purposes;

	private Instant givenAt;

	private Instant withdrawnAt;

	protected Consent() {
	}

	Consent(UUID id, Person person, String noticeVersion, List<String> purposes, Instant givenAt) {
		this.id = id;
		this.person = person;
		this.noticeVersion = noticeVersion;
		this.purposes = String.join(" ", purposes);
		this.givenAt = givenAt;
	}

	void withdraw(Instant at) {
		if (this.withdrawnAt == null) {
			this.withdrawnAt = at;
		}
	}

	boolean allows(String purpose) {
		return this.withdrawnAt == null && getPurposes().contains(purpose);
	}

	public UUID getId() {
		return this.id;
	}

	public String getNoticeVersion() {
		return this.noticeVersion;
	}

	public List<String> getPurposes() {
		return Arrays.asList(this.purposes.split(" "));
	}

	public Instant getGivenAt() {
		return this.givenAt;
	}

	public Instant getWithdrawnAt() {
		return this.withdrawnAt;
	}

}
