package org.carepool.registry.request;

/**
 * An action the request's current status does not allow.
 */
public class IllegalRequestTransition extends RuntimeException {

	private final RequestStatus current;

	private final String action;

	/**
	 * Creates the exception.
	 * @param current the request's status
	 * @param action the refused action
	 */
	public IllegalRequestTransition(RequestStatus current, String action) {
		super("Request is " + current + "; " + action + " is not allowed");
		this.current = current;
		this.action = action;
	}

	/**
	 * The status that does not allow the action.
	 * @return the current status
	 */
	public RequestStatus current() {
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
