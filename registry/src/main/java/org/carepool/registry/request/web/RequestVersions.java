package org.carepool.registry.request.web;

/**
 * Reads the version an optional {@code If-Match} header names.
 */
final class RequestVersions {

	private RequestVersions() {
	}

	/**
	 * The version named, or {@code null} when the caller sent none.
	 * @param ifMatch the header, such as {@code "3"} or {@code W/"3"}
	 * @return the version; {@code -1} for a tag this registry never issued
	 */
	static Long expected(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
			return null;
		}
		String tag = ifMatch.strip();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		try {
			return Long.parseLong(tag.replace("\"", ""));
		}
		catch (NumberFormatException ex) {
			return -1L;
		}
	}

	/**
	 * A change that needs {@code If-Match} was sent without it.
	 */
	static class PreconditionRequired extends RuntimeException {

		PreconditionRequired() {
			super("If-Match required");
		}

	}

}
