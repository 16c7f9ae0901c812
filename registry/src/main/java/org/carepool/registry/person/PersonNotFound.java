package org.carepool.registry.person;

import java.util.UUID;

/**
 * No person with this id that the caller may see.
 */
public class PersonNotFound extends RuntimeException {

	PersonNotFound(UUID id) {
		super("No visible person " + id);
	}

}
