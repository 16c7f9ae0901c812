package org.carepool.registry.privacy;

/**
 * Thrown when text cannot be read as a private value; the {@link #code() code} is stable
 * for machines and the message never repeats the rejected text.
 */
public class InvalidPrivateValue extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String code;

	InvalidPrivateValue(String code, String message) {
		super(message);
		this.code = code;
	}

	/**
	 * The stable machine-readable reason: {@code resident-id.required},
	 * {@code resident-id.length}, {@code resident-id.format}, {@code resident-id.region},
	 * {@code resident-id.birth-date}, {@code resident-id.checksum},
	 * {@code mobile.required}, {@code mobile.format}, {@code email.required},
	 * {@code email.length} or {@code email.format}.
	 * @return the reason code
	 */
	public String code() {
		return this.code;
	}

}
