package org.carepool.registry.person;

import java.time.Clock;
import java.util.UUID;

import org.carepool.registry.privacy.EmailAddress;
import org.carepool.registry.privacy.MobileNumber;
import org.carepool.registry.privacy.ResidentIdNumber;
import org.carepool.registry.privacy.Vault;

import org.springframework.stereotype.Component;

/**
 * Opens a person's sealed values only to mask them, and tells each value's sealing
 * context.
 */
@Component
class Masks {

	private final Vault vault;

	private final Clock clock;

	Masks(Vault vault, Clock clock) {
		this.vault = vault;
		this.clock = clock;
	}

	String phone(Person person) {
		String phone = open(person.getPhoneSealed(), context(person.getId(), "phone"));
		return (phone != null) ? MobileNumber.parse(phone).masked() : null;
	}

	String email(Person person) {
		String email = open(person.getEmailSealed(), context(person.getId(), "email"));
		return (email != null) ? EmailAddress.parse(email).masked() : null;
	}

	String residentId(Person person) {
		String residentId = open(person.getResidentIdSealed(), context(person.getId(), "resident-id"));
		return (residentId != null) ? ResidentIdNumber.parse(residentId, this.clock).masked() : null;
	}

	String certificationNumber(Certification certification) {
		String number = open(certification.getNumberSealed(), context(certification.getId(), "number"));
		if (number == null) {
			return null;
		}
		int shown = Math.min(4, number.length() / 3);
		return "*".repeat(number.length() - shown) + number.substring(number.length() - shown);
	}

	ContactResponse reveal(Person person) {
		return new ContactResponse(open(person.getPhoneSealed(), context(person.getId(), "phone")),
				open(person.getEmailSealed(), context(person.getId(), "email")),
				open(person.getResidentIdSealed(), context(person.getId(), "resident-id")));
	}

	String seal(String value, UUID owner, String field) {
		return (value != null) ? this.vault.seal(value, context(owner, field)) : null;
	}

	String blindIndex(String kind, String value) {
		return (value != null) ? this.vault.blindIndex(kind, value) : null;
	}

	private String open(String sealed, String context) {
		return (sealed != null) ? this.vault.open(sealed, context) : null;
	}

	static String context(UUID owner, String field) {
		return Vault.context(owner, field);
	}

}
