package org.carepool.registry.person.web;

import org.carepool.registry.person.PersonResponse;

import org.springframework.http.ResponseEntity;

/**
 * ETags carry a record's version; changes must send it back in {@code If-Match} (read by
 * {@link org.carepool.registry.api.IfMatch}).
 */
final class Versions {

	private Versions() {
	}

	static ResponseEntity<PersonResponse> withETag(PersonResponse person) {
		return ResponseEntity.ok().eTag(Long.toString(person.version())).body(person);
	}

}
