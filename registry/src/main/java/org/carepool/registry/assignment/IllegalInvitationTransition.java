package org.carepool.registry.assignment;

/**
 * An action the invitation's current status does not allow.
 */
public class IllegalInvitationTransition extends RuntimeException {

	private final InvitationStatus current;

	private final String action;

	IllegalInvitationTransition(InvitationStatus current, String action) {
		super("Invitation is " + current + "; " + action + " is not allowed");
		this.current = current;
		this.action = action;
	}

	/**
	 * The status that does not allow the action.
	 * @return the current status
	 */
	public InvitationStatus current() {
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
