package org.carepool.registry.person;

/**
 * An action the person's current status does not allow.
 */
public class IllegalTransition extends RuntimeException {

	private final PersonStatus current;

	private final String action;

	IllegalTransition(PersonStatus current, String action) {
		super("Person is " + current + "; " + action + " is not allowed");
		this.current = current;
		this.action = action;
	}

	/**
	 * The status that does not allow the action.
	 * @return the current status
	 */
	public PersonStatus current() {
		return this.current;
	}

	/**
	 * The refused action.
	 * @return its name
	 */
	public String action() {
		return this.action;
	}

}
