package org.carepool.registry.person;

/**
 * What a list of people is narrowed to; every part is optional.
 *
 * @param status only people in this status
 * @param type only people of this type
 * @param street only people who serve this street
 * @param skill only people with this skill
 * @param minLevel with at least this level of the skill
 * @param name only people whose name starts with this
 */
public record PersonFilter(PersonStatus status, PersonType type, String street, String skill, Integer minLevel,
		String name) {
}
