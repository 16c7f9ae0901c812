package org.carepool.registry.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link MobileNumber}.
 */
class MobileNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "13812345678", "+8613812345678", "+86 138 1234 5678", "008613812345678", "8613812345678",
			"138-1234-5678", "１３８１２３４５６７８", "＋８６　１３８　１２３４　５６７８", " 138 1234 5678 ", "(+86) 138-1234-5678",
			"138\u20121234\u20135678" })
	void readsTheNumberHoweverItIsTyped(String text) {
		assertThat(MobileNumber.parse(text).value()).isEqualTo("13812345678");
	}

	@ParameterizedTest
	@ValueSource(strings = { "13012345678", "14712345678", "15912345678", "16612345678", "17712345678", "18912345678",
			"19912345678" })
	void acceptsEveryMainlandMobilePrefix(String text) {
		assertThat(MobileNumber.parse(text).value()).isEqualTo(text);
	}

	@Test
	void keepsANumberThatStartsWith86ButIsNotPrefixed() {
		assertThat(MobileNumber.parse("18612345678").value()).isEqualTo("18612345678");
	}

	@Test
	void masksTheMiddleFourDigits() {
		assertThat(MobileNumber.parse("13812345678").masked()).isEqualTo("138****5678");
	}

	@Test
	void printsItselfMasked() {
		assertThat(MobileNumber.parse("+86 138 1234 5678")).hasToString("138****5678");
	}

	@Test
	void equalsTheSameNumberTypedDifferently() {
		assertThat(MobileNumber.parse("+86 138-1234-5678")).isEqualTo(MobileNumber.parse("13812345678"))
			.hasSameHashCodeAs(MobileNumber.parse("0086 13812345678"));
		assertThat(MobileNumber.parse("13812345678")).isNotEqualTo(MobileNumber.parse("13812345679"));
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", " ", "\u3000" })
	void requiresANumber(String text) {
		assertRejected(text, "mobile.required");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1381234567", "138123456789", "12812345678", "10012345678", "23812345678", "021-62345678",
			"+85291234567", "+1 415 555 0100", "1381234567a", "phone", "+86 1381234567" })
	void rejectsWhatIsNotAMainlandMobileNumber(String text) {
		assertRejected(text, "mobile.format");
	}

	@Test
	void neverRepeatsTheRejectedNumberInTheMessage() {
		assertThatExceptionOfType(InvalidPrivateValue.class).isThrownBy(() -> MobileNumber.parse("1381234567"))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("1381234567"));
	}

	private static void assertRejected(String text, String code) {
		assertThatExceptionOfType(InvalidPrivateValue.class).isThrownBy(() -> MobileNumber.parse(text))
			.extracting(InvalidPrivateValue::code)
			.isEqualTo(code);
	}

}
