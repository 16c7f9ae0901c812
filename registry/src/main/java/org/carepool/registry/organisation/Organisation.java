package org.carepool.registry.organisation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.carepool.registry.aggregate.Aggregate;

/**
 * A partner organisation with its kind, street and contact person.
 */
@Entity
@Table(name = "organisation")
class Organisation extends Aggregate {

	private String name;

	@Column(name = "type_code")
	private String type;

	@Column(name = "street_code")
	private String street;

	private String contactName;

	private String contactPhoneSealed;

	private Instant createdAt;

	private Instant updatedAt;

	protected Organisation() {
	}

	Organisation(UUID id, Details details, Instant now) {
		super(id);
		this.createdAt = now;
		change(details, now);
	}

	void change(Details details, Instant now) {
		this.name = details.name();
		this.type = details.type();
		this.street = details.street();
		this.contactName = details.contactName();
		this.contactPhoneSealed = details.contactPhoneSealed();
		this.updatedAt = now;
	}

	public String getName() {
		return this.name;
	}

	public String getType() {
		return this.type;
	}

	public String getStreet() {
		return this.street;
	}

	public String getContactName() {
		return this.contactName;
	}

	public String getContactPhoneSealed() {
		return this.contactPhoneSealed;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/**
	 * An organisation's details as stored, the contact phone already sealed.
	 */
	record Details(String name, String type, String street, String contactName, String contactPhoneSealed) {
	}

}
