package org.carepool.registry.person;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A person in a list: who they are and what they can do, without private values.
 *
 * @param id the id
 * @param status the status
 * @param types volunteer, expert, instructor
 * @param name the name
 * @param homeStreet the street they live in
 * @param servedStreets the streets they serve
 * @param skills skill codes with levels
 * @param updatedAt when they last changed
 */
public record PersonSummary(UUID id, PersonStatus status, Set<PersonType> types, String name, String homeStreet,
		Set<String> servedStreets, List<RegisterPersonRequest.SkillInput> skills, Instant updatedAt) {
}
