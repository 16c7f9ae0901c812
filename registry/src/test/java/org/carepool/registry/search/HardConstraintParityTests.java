package org.carepool.registry.search;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import org.carepool.search.FieldNames;
import org.carepool.search.PeopleIndex;
import org.carepool.search.PeopleQueries;
import org.carepool.search.PersonDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parity table between the hard constraints the query applies and those why-not (and
 * so the staffing view, which matches through the same {@link Need}) reports: one row per
 * constraint, each failing on purpose — for a weekly series on a later visit — plus rows
 * that must pass. For every row the index and {@link HardConstraints#check} give the same
 * answer, and every constraint of {@link HardConstraints#NAMES} has a row.
 */
class HardConstraintParityTests {

	private static final Set<String> CERTIFICATES = Set.of("cert.psy-counsellor");

	/** A four-week series on Tuesdays, 14:00–16:00, 2 hours each, all in one month. */
	private static final Need NEED = need(Set.of());

	private static final List<Need.Visit> VISITS = NEED.visits();

	private static final Map<String, Row> ROWS = rows();

	@BeforeAll
	static void index() {
		IndexFixture.shared();
		IndexFixture.ensureIndex(IndexFixture.shared());
		IndexFixture.index(ROWS.values().stream().map(Row::person).toList());
	}

	@Test
	void theQueryAndWhyNotAgreeOnEveryRow() throws IOException {
		Set<String> found = proposed(NEED);
		StringBuilder table = new StringBuilder("\nHard-constraint parity (query vs why-not):\n");
		for (Map.Entry<String, Row> entry : ROWS.entrySet()) {
			Row row = entry.getValue();
			Need need = row.exclude() ? need(Set.of(row.person().id())) : NEED;
			Set<String> proposed = row.exclude() ? proposed(need) : found;
			List<HardConstraints.Failure> failures = HardConstraints.check(need, row.person());
			List<String> failed = HardConstraints.failed(need, row.person());
			table.append(String.format("  %-40s query %-9s why-not %s%n", entry.getKey(),
					proposed.contains(row.person().id()) ? "proposes" : "leaves out",
					failures.stream().map(HardConstraints.Failure::describe).toList()));
			assertThat(proposed.contains(row.person().id())).as(entry.getKey() + ": the query proposes")
				.isEqualTo(failed.isEmpty());
			assertThat(failed).as(entry.getKey() + ": why-not").isEqualTo(row.expected());
			if (row.when() != null) {
				assertThat(failures).extracting(HardConstraints.Failure::describe)
					.as(entry.getKey() + ": names the visit")
					.contains(row.when() + ": " + row.expected().get(0));
			}
		}
		System.out.print(table);
	}

	@Test
	void everyConstraintHasARow() {
		Set<String> covered = ROWS.values()
			.stream()
			.flatMap((row) -> row.expected().stream())
			.map((name) -> name.contains(":") ? name.substring(0, name.indexOf(':') + 1) + "*" : name)
			.collect(Collectors.toSet());
		assertThat(covered).containsExactlyInAnyOrderElementsOf(HardConstraints.NAMES);
	}

	private static Set<String> proposed(Need need) throws IOException {
		BoolQuery.Builder bool = new BoolQuery.Builder();
		HardConstraints.filter(need, bool);
		bool.filter(
				PeopleQueries.anyOf(FieldNames.ID, ROWS.values().stream().map((row) -> row.person().id()).toList()));
		return IndexFixture.shared()
			.search((s) -> s.index(PeopleIndex.READ_ALIAS).size(100).query((q) -> q.bool(bool.build())),
					PersonDocument.class)
			.hits()
			.hits()
			.stream()
			.map((hit) -> hit.id())
			.collect(Collectors.toCollection(HashSet::new));
	}

	private static Map<String, Row> rows() {
		Map<String, Row> rows = new LinkedHashMap<>();
		LocalDate third = VISITS.get(2).day();
		LocalDate last = VISITS.get(3).day();
		String month = third.toString().substring(0, 7);
		rows.put("passes", row(UnaryOperator.identity()));
		rows.put("blackout the week before the series", row(Map.of("blackouts",
				List.of(range(VISITS.get(0).day().minusDays(7), VISITS.get(0).day().minusDays(1))))));
		rows.put("booked right after a visit",
				row(Map.of("engagements", engagements(List.of(booking(VISITS.get(1), 120, 120)), List.of()))));
		rows.put("exactly enough hours left",
				row(Map.of("engagements", engagements(List.of(), List.of(load(month, 12, 8))))));
		rows.put("full in another month",
				row(Map.of("engagements", engagements(List.of(), List.of(load("2001-01", 20, 0))))));
		rows.put("active", row(Map.of("status", "SUSPENDED"), "active"));
		rows.put("consented", row(Map.of("consentToContact", false), "consented"));
		rows.put("agreement ends before the third visit",
				row(Map.of("contractValidUntil", third.minusDays(1)), third, "contract-valid"));
		rows.put("skill too low",
				row(Map.of("skills", List.of(new PersonDocument.Skill("psy.counselling", "psychology", 2, true, 1))),
						"skill:psy.counselling"));
		rows.put("certificate expires mid-series",
				row(Map.of("certifications",
						List.of(new PersonDocument.Certification("cert.psy-counsellor", true, third.minusDays(1)))),
						third, "certified:psy.counselling"));
		rows.put("essential language too weak", row(
				Map.of("languages", List.of(new PersonDocument.Language("zh-wuu", 2))), "essential-language:zh-wuu"));
		rows.put("not free at that time",
				row(Map.of("availability", List.of(new PersonDocument.MinuteRange(0, 600))), "available"));
		rows.put("blackout on the last visit",
				row(Map.of("blackouts", List.of(range(last, last.plusDays(3)))), last, "no-blackout"));
		rows.put("booked over the second visit",
				row(Map.of("engagements", engagements(List.of(booking(VISITS.get(1), 60, 120)), List.of())),
						VISITS.get(1).day(), "not-booked"));
		rows.put("booked hours fill the month",
				row(Map.of("engagements", engagements(List.of(), List.of(load(month, 13, 7)))), month, "capacity"));
		rows.put("small monthly capacity", row(Map.of("monthlyCapacityHours", 6), month, "capacity"));
		rows.put("excluded", new Row(base(), true, List.of("not-excluded"), null));
		rows.put("not trained for special families",
				row(Map.of("trainedForSpecialFamilies", false), "trained-for-special-families"));
		rows.put("works for the requesting organisation",
				row(Map.of("organisation", "长征镇社区卫生服务中心"), "not-from-requesting-organisation"));
		return rows;
	}

	private static Row row(UnaryOperator<PersonDocument> change) {
		return new Row(change.apply(base()), false, List.of(), null);
	}

	private static Row row(Map<String, Object> changes, String... expected) {
		return new Row(IndexFixture.with(base(), changes), false, List.of(expected), null);
	}

	private static Row row(Map<String, Object> changes, Object when, String expected) {
		return new Row(IndexFixture.with(base(), changes), false, List.of(expected), when.toString());
	}

	private static PersonDocument base() {
		return new PersonDocument(UUID.randomUUID().toString(), 1, List.of("VOLUNTEER"), "ACTIVE", "对照人员", "duizhao",
				"dz", List.of(), null, "普陀区志愿者协会", null, null,
				List.of(new PersonDocument.Skill("psy.counselling", "psychology", 4, true, 5)), List.of(),
				List.of(new PersonDocument.Certification("cert.psy-counsellor", true, null)),
				List.of(new PersonDocument.Language("zh-wuu", 4)), List.of("wanli"), "wanli",
				new PersonDocument.GeoPoint(31.27, 121.41),
				List.of(new PersonDocument.MinuteRange(NEED.fromMinute() - 60, NEED.toMinute() + 60)), List.of(), 20, 0,
				0, 0, null, List.of(), true, VISITS.get(3).day().plusYears(1), true, Instant.now(),
				PersonDocument.Engagements.NONE);
	}

	private static Need need(Set<String> exclude) {
		LocalDate first = LocalDate.of(2030, 1, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
		List<Need.Visit> visits = java.util.stream.IntStream.range(0, 4)
			.mapToObj((i) -> first.plusWeeks(i))
			.map((day) -> new Need.Visit(day, day.atTime(14, 0).atZone(Need.SHANGHAI).toInstant(),
					day.atTime(16, 0).atZone(Need.SHANGHAI).toInstant()))
			.toList();
		return new Need("family-support", Map.of("psy.counselling", 3),
				Map.of("psy.counselling", List.copyOf(CERTIFICATES)), List.of(), Map.of(), Map.of("zh-wuu", 3), null,
				null, 3.0, visits, Geography.minuteOfWeek(DayOfWeek.TUESDAY, LocalTime.of(14, 0)),
				Geography.minuteOfWeek(DayOfWeek.TUESDAY, LocalTime.of(16, 0)), 2.0, 1, true, exclude, "长征镇社区卫生服务中心",
				Set.of(), 10);
	}

	private static PersonDocument.DateRange range(LocalDate from, LocalDate to) {
		return new PersonDocument.DateRange(from, to);
	}

	private static PersonDocument.TimeRange booking(Need.Visit visit, int afterMinutes, int minutes) {
		Instant start = visit.startsAt().plusSeconds(afterMinutes * 60L);
		return new PersonDocument.TimeRange(start, start.plusSeconds(minutes * 60L));
	}

	private static PersonDocument.MonthLoad load(String month, double booked, double remaining) {
		return new PersonDocument.MonthLoad(month, booked, remaining);
	}

	private static PersonDocument.Engagements engagements(List<PersonDocument.TimeRange> bookings,
			List<PersonDocument.MonthLoad> months) {
		return new PersonDocument.Engagements(bookings, months, 0, null);
	}

	private record Row(PersonDocument person, boolean exclude, List<String> expected, String when) {
	}

}
