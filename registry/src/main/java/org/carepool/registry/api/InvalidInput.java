package org.carepool.registry.api;

import java.util.List;

/**
 * Input that passed the payload's own constraints but breaks a rule of the domain (a code
 * that is not in the taxonomy, overlapping availability, an invalid resident ID number);
 * answered as a validation problem naming each field.
 */
public class InvalidInput extends RuntimeException {

	private final List<Violation> violations;

	/**
	 * Creates the exception.
	 * @param violations the fields and their message codes
	 */
	public InvalidInput(List<Violation> violations) {
		super("Invalid input: " + violations.stream().map(Violation::field).toList());
		this.violations = List.copyOf(violations);
	}

	/**
	 * One invalid field.
	 * @param field the field
	 * @param code the message code
	 * @return the exception
	 */
	public static InvalidInput of(String field, String code) {
		return new InvalidInput(List.of(new Violation(field, code)));
	}

	/**
	 * The invalid fields.
	 * @return the violations
	 */
	public List<Violation> violations() {
		return this.violations;
	}

	/**
	 * One invalid field and the code of its message.
	 *
	 * @param field the field's path
	 * @param code the message code
	 */
	public record Violation(String field, String code) {
	}

}
