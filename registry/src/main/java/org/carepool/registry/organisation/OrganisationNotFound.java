package org.carepool.registry.organisation;

import java.util.UUID;

/**
 * No organisation with this id that the caller may see.
 */
public class OrganisationNotFound extends RuntimeException {

	OrganisationNotFound(UUID id) {
		super("No visible organisation " + id);
	}

}
