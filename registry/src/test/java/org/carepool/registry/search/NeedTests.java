package org.carepool.registry.search;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carepool.registry.api.InvalidInput;
import org.carepool.registry.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Plain unit tests for {@link Need}: visits of a series, months, languages, the place and
 * people needed — with a fixed clock (Tuesday 2030-01-01, 10:00 in Shanghai) and a
 * taxonomy that knows every code but {@code unknown}.
 */
class NeedTests {

	private final Clock clock = Clock.fixed(Instant.parse("2030-01-01T02:00:00Z"), Need.SHANGHAI);

	private final Taxonomy taxonomy = taxonomy();

	@Test
	void aWeeklySeriesHasEveryVisitAndItsHoursByMonth() {
		Need need = need(new MatchCriteria.WeeklySlot(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(11, 0),
				LocalDate.of(2030, 1, 15), 4), null, null, null);
		assertThat(need.visits()).extracting(Need.Visit::day)
			.containsExactly(LocalDate.of(2030, 1, 18), LocalDate.of(2030, 1, 25), LocalDate.of(2030, 2, 1),
					LocalDate.of(2030, 2, 8));
		assertThat(need.visits().get(0).startsAt()).isEqualTo(Instant.parse("2030-01-18T01:00:00Z"));
		assertThat(need.hoursByMonth()).containsExactly(Map.entry("2030-01", 4.0), Map.entry("2030-02", 4.0));
		assertThat(need.lastDay()).isEqualTo(LocalDate.of(2030, 2, 8));
	}

	@Test
	void aSeriesThatStartedLeavesOutItsPastVisits() {
		Need need = need(new MatchCriteria.WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 0),
				LocalDate.of(2029, 12, 17), 4), null, null, null);
		assertThat(need.visits()).extracting(Need.Visit::day).containsExactly(LocalDate.of(2030, 1, 7));
	}

	@Test
	void anEssentialLanguageIsAConstraintAndAPreferredOneAScore() {
		Need need = need(null, List.of(new MatchCriteria.LanguageRequirement("zh-wuu", 4, true),
				new MatchCriteria.LanguageRequirement("en", 2, false)), null, null);
		assertThat(need.essentialLanguages()).containsExactly(Map.entry("zh-wuu", 4));
		assertThat(need.preferredLanguages()).containsExactly(Map.entry("en", 2));
	}

	@Test
	void aPointWinsOverAStreetWhichStillNamesWhereItIs() {
		Need need = need(null, null, new MatchCriteria.Place("wanli", 31.25, 121.40), null);
		assertThat(need.place()).containsExactly(31.25, 121.40);
		assertThat(need.street()).isEqualTo("wanli");
		assertThat(need(null, null, new MatchCriteria.Place("wanli", null, null), null).place()).containsExactly(31.0,
				121.0);
	}

	@Test
	void returnsAtLeastThePeopleNeeded() {
		Need need = need(null, null, null, 5);
		assertThat(need.limit()).isEqualTo(5);
		assertThat(need.peopleNeeded()).isEqualTo(5);
	}

	@Test
	void namesEveryWrongField() {
		MatchCriteria wrong = new MatchCriteria("unknown", List.of(), List.of(), List.of("unknown"),
				List.of(new MatchCriteria.LanguageRequirement("unknown", 3, true)), null, LocalDate.of(2029, 12, 31),
				LocalTime.of(9, 0), LocalTime.of(8, 0), null, 60, 1, false, List.of(), null, 10);
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> Need.of(wrong, this.taxonomy, this.clock, 50))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(InvalidInput.Violation::field)
				.containsExactlyInAnyOrder("category", "languages[0]", "languageRequirements[0].code", "date", "end"));
	}

	private Need need(MatchCriteria.WeeklySlot weekly, List<MatchCriteria.LanguageRequirement> languages,
			MatchCriteria.Place place, Integer peopleNeeded) {
		boolean oneOff = weekly == null;
		MatchCriteria criteria = new MatchCriteria("family-support", List.of(), List.of(), List.of(), languages, place,
				oneOff ? LocalDate.of(2030, 1, 2) : null, oneOff ? LocalTime.of(9, 0) : null,
				oneOff ? LocalTime.of(11, 0) : null, weekly, 120, peopleNeeded, false, List.of(), null, 3);
		return Need.of(criteria, this.taxonomy, this.clock, 50);
	}

	private static Taxonomy taxonomy() {
		Taxonomy taxonomy = mock(Taxonomy.class);
		given(taxonomy.contains(any(), anyString())).willAnswer((call) -> !"unknown".equals(call.getArgument(1)));
		given(taxonomy.skill(anyString())).willReturn(Optional.empty());
		given(taxonomy.street("wanli"))
			.willReturn(Optional.of(new Taxonomy.Street("wanli", "万里", "Wanli", "street", 31.0, 121.0)));
		return taxonomy;
	}

}
