package org.carepool.registry.person;

import java.util.UUID;

/**
 * The person has no certification with this id.
 */
public class CertificationNotFound extends RuntimeException {

	CertificationNotFound(UUID id) {
		super("No certification " + id);
	}

}
