package org.carepool.registry.request;

import org.carepool.registry.access.Caller;
import org.carepool.registry.access.Role;

import org.springframework.stereotype.Component;

/**
 * Which requests a caller may see and act on: coordinators all, street coordinators their
 * street's, partners and partner systems their organisation's.
 */
@Component
class RequestAccess {

	static final String READ_SCOPE = "requests.read";

	static final String WRITE_SCOPE = "requests.write";

	boolean canSee(Caller caller, HelpRequest request) {
		return canManage(caller, request) || ownsRead(caller, request);
	}

	boolean canManage(Caller caller, HelpRequest request) {
		if (caller.has(Role.COORDINATOR)) {
			return true;
		}
		return caller.has(Role.STREET_COORDINATOR)
				&& caller.street().map(request.getStreetCode()::equals).orElse(false);
	}

	boolean canCancel(Caller caller, HelpRequest request) {
		return canManage(caller, request) || ownsWrite(caller, request);
	}

	private boolean ownsRead(Caller caller, HelpRequest request) {
		return (caller.has(Role.PARTNER) || caller.scopes().contains(READ_SCOPE)
				|| caller.scopes().contains(WRITE_SCOPE)) && sameOrganisation(caller, request);
	}

	private boolean ownsWrite(Caller caller, HelpRequest request) {
		return (caller.has(Role.PARTNER) || caller.scopes().contains(WRITE_SCOPE)) && sameOrganisation(caller, request);
	}

	private static boolean sameOrganisation(Caller caller, HelpRequest request) {
		return request.getOrganisationId() != null
				&& caller.organisation().map(request.getOrganisationId()::equals).orElse(false);
	}

	/**
	 * Whether the caller submits as an organisation (a partner user or system) rather
	 * than as a coordinator.
	 */
	static boolean actsForOrganisation(Caller caller) {
		return !caller.has(Role.COORDINATOR) && !caller.has(Role.STREET_COORDINATOR);
	}

}
