package org.carepool.registry.privacy;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

import org.carepool.registry.time.Shanghai;

/**
 * An 18-character PRC resident identity card number whose region, birth date and ISO 7064
 * MOD 11-2 check character have been verified; it prints itself masked.
 */
public final class ResidentIdNumber {

	private static final int LENGTH = 18;

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK_CHARACTERS = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	// Province-level codes of GB/T 2260, plus 83 which residence permits for
	// Taiwan residents use.
	private static final Set<Integer> PROVINCES = Set.of(11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41,
			42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83);

	// Hong Kong, Macao and Taiwan numbers carry no prefecture; mainland ones do.
	private static final Set<Integer> WITHOUT_PREFECTURE = Set.of(71, 81, 82, 83);

	private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

	private final String value;

	private final LocalDate birthDate;

	private ResidentIdNumber(String value, LocalDate birthDate) {
		this.value = value;
		this.birthDate = birthDate;
	}

	/**
	 * Read a resident ID number as people type it, judging the birth date against today
	 * in Shanghai.
	 * @param text the number, possibly with full-width characters, spaces or a lower-case
	 * {@code x}
	 * @return the verified number
	 * @throws InvalidPrivateValue when the text is not a plausible resident ID number
	 */
	public static ResidentIdNumber parse(String text) {
		return parse(text, Clock.system(Shanghai.ZONE));
	}

	/**
	 * Read a resident ID number as people type it, judging the birth date against the
	 * given clock.
	 * @param text the number, possibly with full-width characters, spaces or a lower-case
	 * {@code x}
	 * @param clock the clock that says which birth dates lie in the future
	 * @return the verified number
	 * @throws InvalidPrivateValue when the text is not a plausible resident ID number
	 */
	public static ResidentIdNumber parse(String text, Clock clock) {
		if (Text.isBlank(text)) {
			throw new InvalidPrivateValue("resident-id.required", "A resident ID number is required");
		}
		String value = Text.withoutSpaces(Text.compatible(text));
		if (value.length() != LENGTH) {
			throw new InvalidPrivateValue("resident-id.length", "A resident ID number has 18 characters");
		}
		value = value.substring(0, LENGTH - 1) + Character.toUpperCase(value.charAt(LENGTH - 1));
		if (!hasDigitsAndCheckCharacter(value)) {
			throw new InvalidPrivateValue("resident-id.format",
					"A resident ID number has 17 digits followed by a digit or X");
		}
		if (!hasPlausibleRegion(value)) {
			throw new InvalidPrivateValue("resident-id.region", "The region code of the resident ID number is unknown");
		}
		LocalDate birthDate = birthDate(value, Shanghai.today(clock));
		if (checkCharacter(value) != value.charAt(LENGTH - 1)) {
			throw new InvalidPrivateValue("resident-id.checksum",
					"The check character of the resident ID number does not match");
		}
		return new ResidentIdNumber(value, birthDate);
	}

	private static boolean hasDigitsAndCheckCharacter(String value) {
		for (int i = 0; i < LENGTH - 1; i++) {
			if (!isAsciiDigit(value.charAt(i))) {
				return false;
			}
		}
		char last = value.charAt(LENGTH - 1);
		return isAsciiDigit(last) || last == 'X';
	}

	private static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean hasPlausibleRegion(String value) {
		int province = Integer.parseInt(value.substring(0, 2));
		if (!PROVINCES.contains(province)) {
			return false;
		}
		return WITHOUT_PREFECTURE.contains(province) || !value.startsWith("00", 2);
	}

	private static LocalDate birthDate(String value, LocalDate today) {
		LocalDate birthDate;
		try {
			birthDate = LocalDate.of(Integer.parseInt(value.substring(6, 10)),
					Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
		}
		catch (DateTimeException ex) {
			throw new InvalidPrivateValue("resident-id.birth-date",
					"The birth date in the resident ID number is not a real date");
		}
		if (birthDate.isBefore(EARLIEST_BIRTH_DATE) || birthDate.isAfter(today)) {
			throw new InvalidPrivateValue("resident-id.birth-date",
					"The birth date in the resident ID number is not a possible birth date");
		}
		return birthDate;
	}

	private static char checkCharacter(String value) {
		int sum = 0;
		for (int i = 0; i < LENGTH - 1; i++) {
			sum += (value.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARACTERS[sum % 11];
	}

	/**
	 * The full number, for encryption and blind indexing only.
	 * @return the 18 normalised characters
	 */
	public String value() {
		return this.value;
	}

	/**
	 * The number as responses show it: the first three and last four characters.
	 * @return for example {@code 310***********123X}
	 */
	public String masked() {
		return this.value.substring(0, 3) + "*".repeat(11) + this.value.substring(LENGTH - 4);
	}

	/**
	 * The birth date encoded in the number.
	 * @return the birth date
	 */
	public LocalDate birthDate() {
		return this.birthDate;
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof ResidentIdNumber that && this.value.equals(that.value));
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
