package org.carepool.registry.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ResidentIdNumber}.
 */
class ResidentIdNumberTests {

	private static final Clock NOVEMBER_2026 = Clock.fixed(Instant.parse("2026-11-01T02:00:00Z"),
			ZoneId.of("Asia/Shanghai"));

	@Test
	void acceptsAValidShanghaiNumber() {
		ResidentIdNumber number = ResidentIdNumber.parse("310107198506123016");
		assertThat(number.value()).isEqualTo("310107198506123016");
		assertThat(number.birthDate()).isEqualTo(LocalDate.of(1985, 6, 12));
	}

	@Test
	void acceptsTheCheckCharacterX() {
		assertThat(ResidentIdNumber.parse("11010519491231002X").value()).isEqualTo("11010519491231002X");
	}

	@Test
	void upperCasesATrailingLowerCaseX() {
		assertThat(ResidentIdNumber.parse("11010519491231002x").value()).isEqualTo("11010519491231002X");
	}

	@Test
	void normalisesFullWidthDigitsAndLetters() {
		assertThat(ResidentIdNumber.parse("１１０１０５１９４９１２３１００２ｘ").value()).isEqualTo("11010519491231002X");
	}

	@Test
	void stripsSpacesOfEveryKind() {
		assertThat(ResidentIdNumber.parse(" 310107 19850612 3016\u3000").value()).isEqualTo("310107198506123016");
		assertThat(ResidentIdNumber.parse("310107\u00A0198506123016\t").value()).isEqualTo("310107198506123016");
	}

	@Test
	void masksAllButTheFirstThreeAndLastFourCharacters() {
		ResidentIdNumber number = ResidentIdNumber.parse("11010519491231002X");
		assertThat(number.masked()).isEqualTo("110***********002X").hasSize(18);
	}

	@Test
	void printsItselfMasked() {
		ResidentIdNumber number = ResidentIdNumber.parse("310107198506123016");
		assertThat(number).hasToString("310***********3016");
		assertThat(String.valueOf(number)).doesNotContain("19850612");
	}

	@Test
	void equalsTheSameNumberTypedDifferently() {
		assertThat(ResidentIdNumber.parse("11010519491231002x")).isEqualTo(ResidentIdNumber.parse("11010519491231002X"))
			.hasSameHashCodeAs(ResidentIdNumber.parse(" 11010519491231002X "));
		assertThat(ResidentIdNumber.parse("310107198506123016"))
			.isNotEqualTo(ResidentIdNumber.parse("11010519491231002X"));
	}

	@Test
	void acceptsHongKongResidencePermitRegion() {
		assertThat(ResidentIdNumber.parse("810000198001010014").birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
	}

	@Test
	void acceptsALeapDay() {
		assertThat(ResidentIdNumber.parse("440304200002291113").birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
	}

	@Test
	void acceptsTheFirstDayOf1900() {
		assertThat(ResidentIdNumber.parse("31010719000101001X").birthDate()).isEqualTo(LocalDate.of(1900, 1, 1));
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   ", "\u3000" })
	void requiresANumber(String text) {
		assertRejected(text, "resident-id.required");
	}

	@ParameterizedTest
	@ValueSource(strings = { "310107850612301", "3101071985061230161", "31010719850612301" })
	void rejectsAnyLengthButEighteen(String text) {
		assertRejected(text, "resident-id.length");
	}

	@ParameterizedTest
	@ValueSource(strings = { "31010719850612301Y", "3101071985O6123016", "310107-98506123016" })
	void rejectsCharactersOtherThanDigitsAndATrailingX(String text) {
		assertRejected(text, "resident-id.format");
	}

	@ParameterizedTest
	@ValueSource(strings = { "000000198506123016", "100107198506123016", "160107198506123016", "390107198506123016",
			"720000198001010014", "310007198506123016", "990107198506123016" })
	void rejectsAnImplausibleRegion(String text) {
		assertRejected(text, "resident-id.region");
	}

	@ParameterizedTest
	@ValueSource(strings = { "310107198502301234", "310107198513011234", "310107190002291234", "310107189912311234",
			"310107209912011234" })
	void rejectsABirthDateThatCannotBe(String text) {
		assertRejected(text, "resident-id.birth-date");
	}

	@Test
	void rejectsABirthDateAfterToday() {
		String bornTomorrow = withCheckCharacter("31010720261102000");
		assertThatExceptionOfType(InvalidPrivateValue.class)
			.isThrownBy(() -> ResidentIdNumber.parse(bornTomorrow, NOVEMBER_2026))
			.extracting(InvalidPrivateValue::code)
			.isEqualTo("resident-id.birth-date");
	}

	@Test
	void acceptsABirthDateOfTodayInShanghai() {
		String bornToday = withCheckCharacter("31010720261101000");
		assertThat(ResidentIdNumber.parse(bornToday, NOVEMBER_2026).birthDate()).isEqualTo(LocalDate.of(2026, 11, 1));
	}

	@ParameterizedTest
	@ValueSource(strings = { "310107198506123015", "310107198506123010", "31010719850612301X", "110105194912310021" })
	void rejectsAWrongCheckCharacter(String text) {
		assertRejected(text, "resident-id.checksum");
	}

	@Test
	void rejectsASingleMistypedDigit() {
		assertRejected("310107198506123106", "resident-id.checksum");
	}

	@Test
	void neverRepeatsTheRejectedNumberInTheMessage() {
		assertThatExceptionOfType(InvalidPrivateValue.class)
			.isThrownBy(() -> ResidentIdNumber.parse("310107198506123015"))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("310107").doesNotContain("3015"));
	}

	@Test
	void isAnIllegalArgument() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> ResidentIdNumber.parse("not a number"));
	}

	private static void assertRejected(String text, String code) {
		assertThatExceptionOfType(InvalidPrivateValue.class).isThrownBy(() -> ResidentIdNumber.parse(text))
			.extracting(InvalidPrivateValue::code)
			.isEqualTo(code);
	}

	private static String withCheckCharacter(String first17) {
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * weights[i];
		}
		return first17 + "10X98765432".charAt(sum % 11);
	}

}
