package org.carepool.registry.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link EmailAddress}.
 */
class EmailAddressTests {

	@Test
	void trimsAndLowerCasesTheDomain() {
		assertThat(EmailAddress.parse("  Wang.XiaoMing@Example.COM \u3000").value())
			.isEqualTo("Wang.XiaoMing@example.com");
	}

	@Test
	void normalisesFullWidthCharacters() {
		assertThat(EmailAddress.parse("ｗａｎｇ＠１６３．ｃｏｍ").value()).isEqualTo("wang@163.com");
	}

	@Test
	void readsAnIdeographicFullStopAsADot() {
		assertThat(EmailAddress.parse("12345678@qq。com").value()).isEqualTo("12345678@qq.com");
	}

	@ParameterizedTest
	@ValueSource(strings = { "a@b.cn", "first.last+tag@sub.example.org", "o'brien@example.ie", "用户@例子.中国",
			"x_y-z@mail-server.sh.cn" })
	void acceptsSaneAddresses(String text) {
		assertThat(EmailAddress.parse(text).value()).isEqualTo(text);
	}

	@Test
	void acceptsTheLongestAllowedAddress() {
		String address = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(58) + ".cn";
		assertThat(address).hasSize(254);
		assertThat(EmailAddress.parse(address).value()).isEqualTo(address);
	}

	@Test
	void rejectsALongerAddress() {
		String address = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(59) + ".cn";
		assertRejected(address, "email.length");
	}

	@ParameterizedTest
	@ValueSource(strings = { "plainaddress", "@example.com", "name@", "a@@example.com", "a@b@example.com",
			"name@localhost", "name@example.c", "name@example.123", ".name@example.com", "name.@example.com",
			"na..me@example.com", "name@-example.com", "name@example-.com", "name@exa_mple.com", "na me@example.com",
			"name@example..com", "name@.example.com", "\"quoted\"@example.com" })
	void rejectsWhatIsNotAnAddress(String text) {
		assertRejected(text, "email.format");
	}

	@Test
	void rejectsATooLongLocalPart() {
		assertRejected("a".repeat(65) + "@example.com", "email.format");
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "  " })
	void requiresAnAddress(String text) {
		assertRejected(text, "email.required");
	}

	@Test
	void masksAllOfTheNameButItsFirstCharacter() {
		assertThat(EmailAddress.parse("zhangsan@Example.com").masked()).isEqualTo("z***@example.com");
		assertThat(EmailAddress.parse("用户@例子.中国").masked()).isEqualTo("用***@例子.中国");
	}

	@Test
	void printsItselfMasked() {
		assertThat(EmailAddress.parse("zhangsan@example.com")).hasToString("z***@example.com");
	}

	@Test
	void knowsItsDomain() {
		assertThat(EmailAddress.parse("zhangsan@Mail.Example.com").domain()).isEqualTo("mail.example.com");
	}

	@Test
	void equalsTheSameAddressTypedDifferently() {
		assertThat(EmailAddress.parse(" li@EXAMPLE.com")).isEqualTo(EmailAddress.parse("li@example.com"))
			.hasSameHashCodeAs(EmailAddress.parse("li@example.com"));
		assertThat(EmailAddress.parse("li@example.com")).isNotEqualTo(EmailAddress.parse("Li@example.com"));
	}

	private static void assertRejected(String text, String code) {
		assertThatExceptionOfType(InvalidPrivateValue.class).isThrownBy(() -> EmailAddress.parse(text))
			.extracting(InvalidPrivateValue::code)
			.isEqualTo(code);
	}

}
