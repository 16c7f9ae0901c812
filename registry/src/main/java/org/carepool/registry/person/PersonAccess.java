package org.carepool.registry.person;

import java.util.Optional;

import org.carepool.registry.access.Caller;
import org.carepool.registry.access.Role;

import org.springframework.stereotype.Component;

/**
 * Which people a caller may see and manage: coordinators everyone, street coordinators
 * the people who serve their street, experts and volunteers themselves, partners nobody.
 */
@Component
class PersonAccess {

	boolean canSee(Caller caller, Person person) {
		if (caller.has(Role.ADMIN) || caller.has(Role.COORDINATOR)) {
			return true;
		}
		if (caller.has(Role.STREET_COORDINATOR) && caller.street().map(person::serves).orElse(false)) {
			return true;
		}
		return isSelf(caller, person);
	}

	boolean canManage(Caller caller, Person person) {
		if (caller.has(Role.COORDINATOR)) {
			return true;
		}
		return caller.has(Role.STREET_COORDINATOR) && caller.street().map(person::serves).orElse(false);
	}

	boolean isSelf(Caller caller, Person person) {
		return (caller.has(Role.EXPERT) || caller.has(Role.VOLUNTEER) || caller.has(Role.COORDINATOR)
				|| caller.has(Role.STREET_COORDINATOR) || caller.has(Role.ADMIN))
				&& caller.subject().equals(person.getAccountSubject());
	}

	/**
	 * The street a caller's lists are confined to, whatever the caller asks for.
	 */
	Optional<String> confinedStreet(Caller caller) {
		if (caller.has(Role.ADMIN) || caller.has(Role.COORDINATOR)) {
			return Optional.empty();
		}
		// A street coordinator without a street claim sees nobody rather than everybody.
		return Optional.of(caller.street().orElse("\u0000none"));
	}

}
