package org.carepool.registry.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Plain unit tests for the one reading of {@code If-Match} every endpoint shares.
 */
class IfMatchReadingTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "\"3\"|3", "W/\"3\"|3", "3|3", " \"12\" |12", "\"0\"|0" })
	void aTagThisRegistryIssuedNamesItsVersion(String header, long version) {
		assertThat(IfMatch.required(header)).isEqualTo(version);
		assertThat(IfMatch.optional(header)).isEqualTo(version);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"abc\"", "\"\"", "\"3\", \"4\"", "W/", "\"99999999999999999999\"" })
	void aTagThisRegistryNeverIssuedMatchesNoVersion(String header) {
		assertThat(IfMatch.required(header)).isEqualTo(-1L);
		assertThat(IfMatch.matches(IfMatch.required(header), 0)).isFalse();
		assertThat(IfMatch.matches(IfMatch.required(header), 3)).isFalse();
	}

	@Test
	void anAsteriskMatchesWhateverIsCurrent() {
		assertThat(IfMatch.required("*")).isNull();
		assertThat(IfMatch.matches(IfMatch.required("*"), 7)).isTrue();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "  " })
	void aChangeThatRequiresTheHeaderIsRefusedWithoutIt(String header) {
		assertThatExceptionOfType(IfMatch.Missing.class).isThrownBy(() -> IfMatch.required(header));
	}

	@ParameterizedTest
	@NullAndEmptySource
	void anOptionalHeaderLeftOutMatchesAnything(String header) {
		assertThat(IfMatch.optional(header)).isNull();
		assertThat(IfMatch.matches(IfMatch.optional(header), 5)).isTrue();
	}

	@Test
	void onlyTheCurrentVersionMatches() {
		assertThat(IfMatch.matches(3L, 3)).isTrue();
		assertThat(IfMatch.matches(3L, 4)).isFalse();
		assertThat(IfMatch.matches(4L, 3)).isFalse();
	}

}
