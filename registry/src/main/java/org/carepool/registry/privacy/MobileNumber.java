package org.carepool.registry.privacy;

import java.util.regex.Pattern;

/**
 * A mainland China mobile number of 11 digits, read without country code, spaces or
 * dashes; it prints itself masked.
 */
public final class MobileNumber {

	private static final Pattern MAINLAND_MOBILE = Pattern.compile("1[3-9][0-9]{9}");

	private static final Pattern SEPARATORS = Pattern.compile("[\\-\u2010-\u2015\u2212()]");

	private final String value;

	private MobileNumber(String value) {
		this.value = value;
	}

	/**
	 * Read a mobile number as people type it.
	 * @param text the number, possibly with a {@code +86}, {@code 0086} or {@code 86}
	 * prefix, spaces, dashes or full-width digits
	 * @return the verified number
	 * @throws InvalidPrivateValue when the text is not a mainland mobile number
	 */
	public static MobileNumber parse(String text) {
		if (Text.isBlank(text)) {
			throw new InvalidPrivateValue("mobile.required", "A mobile number is required");
		}
		String digits = SEPARATORS.matcher(Text.withoutSpaces(Text.compatible(text))).replaceAll("");
		digits = withoutCountryCode(digits);
		if (!MAINLAND_MOBILE.matcher(digits).matches()) {
			throw new InvalidPrivateValue("mobile.format", "A mobile number has 11 digits and starts with 13 to 19");
		}
		return new MobileNumber(digits);
	}

	private static String withoutCountryCode(String digits) {
		if (digits.startsWith("+86")) {
			return digits.substring(3);
		}
		if (digits.startsWith("0086")) {
			return digits.substring(4);
		}
		if (digits.length() == 13 && digits.startsWith("86")) {
			return digits.substring(2);
		}
		return digits;
	}

	/**
	 * The full number, for encryption, blind indexing and calling.
	 * @return the 11 digits
	 */
	public String value() {
		return this.value;
	}

	/**
	 * The number as responses show it: the first three and last four digits.
	 * @return for example {@code 138****5678}
	 */
	public String masked() {
		return this.value.substring(0, 3) + "****" + this.value.substring(7);
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof MobileNumber that && this.value.equals(that.value));
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
