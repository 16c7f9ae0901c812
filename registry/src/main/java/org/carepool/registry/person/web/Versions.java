package org.carepool.registry.person.web;

import org.carepool.registry.person.PersonResponse;

import org.springframework.http.ResponseEntity;

/**
 * ETags carry a record's version; changes must send it back in {@code If-Match}.
 */
final class Versions {

	private Versions() {
	}

	static ResponseEntity<PersonResponse> withETag(PersonResponse person) {
		return ResponseEntity.ok().eTag(Long.toString(person.version())).body(person);
	}

	/**
	 * The version an {@code If-Match} header names.
	 * @param ifMatch the header, such as {@code "3"} or {@code W/"3"}
	 * @return the version
	 * @throws PreconditionRequired when the header is missing or names no version
	 */
	static long expected(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionRequired();
		}
		String tag = ifMatch.strip();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		tag = tag.replace("\"", "");
		try {
			return Long.parseLong(tag);
		}
		catch (NumberFormatException ex) {
			// An ETag this registry never issued cannot match the current version.
			return -1;
		}
	}

	/**
	 * A change was sent without {@code If-Match}.
	 */
	static class PreconditionRequired extends RuntimeException {

		PreconditionRequired() {
			super("If-Match required");
		}

	}

}
