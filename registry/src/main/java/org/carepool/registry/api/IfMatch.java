package org.carepool.registry.api;

/**
 * The one reading of {@code If-Match} every endpoint shares (RFC 9110 §13.1.1): ETags
 * carry a record's version, {@code *} matches whatever version is current, and a tag this
 * registry never issued matches none.
 */
public final class IfMatch {

	private IfMatch() {
	}

	/**
	 * The version a required {@code If-Match} names.
	 * @param header the header, such as {@code "3"}, {@code W/"3"} or {@code *}
	 * @return the version; {@code null} for {@code *}; {@code -1} for a tag this registry
	 * never issued
	 * @throws Missing when the header is missing or blank
	 */
	public static Long required(String header) {
		if (header == null || header.isBlank()) {
			throw new Missing();
		}
		return optional(header);
	}

	/**
	 * The version an optional {@code If-Match} names.
	 * @param header the header, if sent
	 * @return the version; {@code null} when absent or {@code *}; {@code -1} for a tag
	 * this registry never issued
	 */
	public static Long optional(String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String tag = header.strip();
		if (tag.equals("*")) {
			return null;
		}
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		if (tag.length() < 2 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
			// Tolerates the unquoted form older clients send.
			tag = "\"" + tag.replace("\"", "") + "\"";
		}
		try {
			return Long.parseLong(tag.substring(1, tag.length() - 1));
		}
		catch (NumberFormatException ex) {
			return -1L;
		}
	}

	/**
	 * Whether a record's current version satisfies the header.
	 * @param expected what {@link #required} or {@link #optional} returned
	 * @param current the record's version
	 * @return {@code true} if the change may go ahead
	 */
	public static boolean matches(Long expected, long current) {
		return expected == null || expected == current;
	}

	/**
	 * A change was sent without the {@code If-Match} it requires.
	 */
	public static class Missing extends RuntimeException {

		Missing() {
			super("If-Match required");
		}

	}

}
