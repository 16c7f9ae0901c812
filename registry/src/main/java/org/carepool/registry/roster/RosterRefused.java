package org.carepool.registry.roster;

/**
 * A roster file that cannot be read: too large, of the wrong type, damaged, without a
 * header row or with too many rows.
 */
public class RosterRefused extends RuntimeException {

	private final String code;

	private final Object[] arguments;

	RosterRefused(String code, Object... arguments) {
		super("Roster refused: " + code);
		this.code = code;
		this.arguments = arguments.clone();
	}

	/**
	 * Why the file was refused.
	 * @return the message code, such as {@code type}
	 */
	public String code() {
		return this.code;
	}

	/**
	 * The values the message names.
	 * @return the arguments
	 */
	public Object[] arguments() {
		return this.arguments.clone();
	}

}
