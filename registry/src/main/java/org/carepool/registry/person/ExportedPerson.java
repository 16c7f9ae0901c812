package org.carepool.registry.person;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A person as an export lists them, contact details masked unless the coordinator stated
 * a reason to reveal them.
 *
 * @param id the id
 * @param name the name
 * @param status the status
 * @param types volunteer, expert, instructor
 * @param gender the gender, if known
 * @param birthYear the birth year, if known
 * @param homeStreet the home street's code
 * @param servedStreets the codes of the streets served
 * @param skills skill codes with their level
 * @param phone the phone number, masked or in full
 * @param email the e-mail address, masked or in full
 * @param createdAt when registered
 */
public record ExportedPerson(java.util.UUID id, String name, PersonStatus status, Set<PersonType> types, Gender gender,
		Integer birthYear, String homeStreet, Set<String> servedStreets, List<String> skills, String phone,
		String email, Instant createdAt) {
}
