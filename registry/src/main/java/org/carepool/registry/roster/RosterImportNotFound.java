package org.carepool.registry.roster;

import java.util.UUID;

/**
 * No roster import with that id was uploaded by the caller.
 */
public class RosterImportNotFound extends RuntimeException {

	RosterImportNotFound(UUID id) {
		super("No roster import " + id);
	}

}
