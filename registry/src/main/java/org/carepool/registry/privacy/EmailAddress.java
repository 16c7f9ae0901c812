package org.carepool.registry.privacy;

import java.util.Locale;

/**
 * An e-mail address of sane form, trimmed and with a lower-cased domain; it prints itself
 * masked.
 */
public final class EmailAddress {

	private static final int MAX_LENGTH = 254;

	private static final int MAX_LOCAL_LENGTH = 64;

	private static final int MAX_LABEL_LENGTH = 63;

	private static final String ASCII_SPECIALS = "!#$%&'*+/=?^_`{|}~-";

	private final String value;

	private final int at;

	private EmailAddress(String value) {
		this.value = value;
		this.at = value.lastIndexOf('@');
	}

	/**
	 * Read an e-mail address as people type it.
	 * @param text the address, possibly with surrounding spaces, full-width characters or
	 * an ideographic full stop typed with a Chinese input method
	 * @return the verified address
	 * @throws InvalidPrivateValue when the text is not a sane e-mail address
	 */
	public static EmailAddress parse(String text) {
		if (Text.isBlank(text)) {
			throw new InvalidPrivateValue("email.required", "An e-mail address is required");
		}
		String value = strip(Text.compatible(text).replace('\u3002', '.'));
		if (value.length() > MAX_LENGTH) {
			throw new InvalidPrivateValue("email.length", "An e-mail address has at most 254 characters");
		}
		int at = value.indexOf('@');
		if (at < 0 || at != value.lastIndexOf('@')) {
			throw invalid();
		}
		String local = value.substring(0, at);
		String domain = value.substring(at + 1).toLowerCase(Locale.ROOT);
		if (!isLocalPart(local) || !isDomain(domain)) {
			throw invalid();
		}
		return new EmailAddress(local + "@" + domain);
	}

	private static InvalidPrivateValue invalid() {
		return new InvalidPrivateValue("email.format", "The e-mail address is not of the form name@example.com");
	}

	private static String strip(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && Text.isSpace(text.charAt(start))) {
			start++;
		}
		while (end > start && Text.isSpace(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	private static boolean isLocalPart(String local) {
		if (local.isEmpty() || local.length() > MAX_LOCAL_LENGTH || local.startsWith(".") || local.endsWith(".")
				|| local.contains("..")) {
			return false;
		}
		return local.codePoints()
			.allMatch((c) -> c == '.' || isAsciiLetterOrDigit(c) || ASCII_SPECIALS.indexOf(c) >= 0
					|| (c > 127 && Character.isLetterOrDigit(c)));
	}

	private static boolean isDomain(String domain) {
		String[] labels = domain.split("\\.", -1);
		if (labels.length < 2) {
			return false;
		}
		for (String label : labels) {
			if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH || label.startsWith("-") || label.endsWith("-")
					|| !label.codePoints().allMatch((c) -> c == '-' || isDomainLetterOrDigit(c))) {
				return false;
			}
		}
		String topLevel = labels[labels.length - 1];
		return topLevel.codePointCount(0, topLevel.length()) >= 2
				&& topLevel.codePoints().allMatch(Character::isLetter);
	}

	private static boolean isDomainLetterOrDigit(int c) {
		return isAsciiLetterOrDigit(c) || (c > 127 && Character.isLetterOrDigit(c));
	}

	private static boolean isAsciiLetterOrDigit(int c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}

	/**
	 * The full address, for encryption, blind indexing and sending mail.
	 * @return the normalised address
	 */
	public String value() {
		return this.value;
	}

	/**
	 * The part after the {@code @}.
	 * @return the lower-cased domain
	 */
	public String domain() {
		return this.value.substring(this.at + 1);
	}

	/**
	 * The address as responses show it: the first character of the name and the domain.
	 * @return for example {@code z***@example.com}
	 */
	public String masked() {
		int first = this.value.codePointAt(0);
		return new StringBuilder().appendCodePoint(first).append("***@").append(domain()).toString();
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof EmailAddress that && this.value.equals(that.value));
	}

	@Override
	public int hashCode() {
		return this.value.hashCode();
	}

	@Override
	public String toString() {
		return masked();
	}

}
