package org.carepool.registry.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.carepool.search.PersonDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MatchScoring#fairness} and {@link Matching#rotate}: work already taken
 * on lowers fairness smoothly, and fairness picks who is asked first while quality orders
 * the rest.
 */
class FairnessTests {

	private static final Need NEED = new Need("family-support", Map.of(), Map.of(), List.of(), Map.of(), Map.of(), null,
			null, 3.0, List.of(new Need.Visit(LocalDate.of(2030, 1, 10), Instant.parse("2030-01-10T01:00:00Z"),
					Instant.parse("2030-01-10T03:00:00Z"))),
			0, 120, 2.0, 1, false, Set.of(), null, Set.of(), 10);

	@Test
	void fallsSmoothlyWithEveryHourBookedAhead() {
		double free = MatchScoring.fairness(NEED, person(16, 0, 0));
		double two = MatchScoring.fairness(NEED, person(16, 2, 0));
		double eight = MatchScoring.fairness(NEED, person(16, 8, 0));
		assertThat(free).isEqualTo(1.0);
		assertThat(two).isLessThan(free).isGreaterThan(0.5);
		assertThat(eight).isLessThan(two).isGreaterThan(0.0);
	}

	@Test
	void doesNotLetALargeCapacityEarnEveryBooking() {
		assertThat(MatchScoring.fairness(NEED, person(100, 8, 0)))
			.isLessThan(MatchScoring.fairness(NEED, person(100, 2, 0)))
			.isLessThan(0.25);
	}

	@Test
	void keepsPeopleNearTheirCapacityForLast() {
		assertThat(MatchScoring.fairness(NEED, person(4, 4, 0)))
			.isLessThan(MatchScoring.fairness(NEED, person(40, 4, 0)));
	}

	@Test
	void countsRecentAssignmentsAsWork() {
		assertThat(MatchScoring.fairness(NEED, person(16, 0, 2))).isLessThan(1.0)
			.isCloseTo(MatchScoring.fairness(NEED, person(1000, 4, 0)), org.assertj.core.data.Offset.offset(0.01));
	}

	@Test
	void asksTheFairestFirstAndKeepsTheBestRightBelow() {
		Candidate best = new Candidate("a-best-but-booked", 0.55, 0.70);
		Candidate free = new Candidate("b-free", 0.62, 0.66);
		Candidate second = new Candidate("c-nearly-as-good", 0.60, 0.68);
		Candidate weak = new Candidate("d-weak", 0.50, 0.40);
		assertThat(Matching.rotate(List.of(weak, second, best, free), 1)).containsExactly(free, best, second, weak);
		assertThat(Matching.rotate(List.of(weak, second, best, free), 2)).containsExactly(free, second, best, weak);
	}

	@Test
	void putsTheLessBusyFirstAmongEquallyFitPeopleBelowThePlaces() {
		Candidate first = new Candidate("a-first", 0.90, 0.90);
		Candidate busy = new Candidate("b-busy-a-metre-nearer", 0.30, 0.7001);
		Candidate free = new Candidate("c-free", 0.65, 0.7000);
		assertThat(Matching.rotate(List.of(busy, free, first), 1)).containsExactly(first, free, busy);
	}

	private static PersonDocument person(int capacity, double booked, int recent) {
		List<PersonDocument.MonthLoad> months = (booked > 0)
				? List.of(new PersonDocument.MonthLoad("2030-01", booked, capacity - booked)) : List.of();
		return new PersonDocument(UUID.randomUUID().toString(), 1, List.of("VOLUNTEER"), "ACTIVE", "对照人员", "duizhao",
				"dz", List.of(), null, "普陀区志愿者协会", null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
				"wanli", null, List.of(), List.of(), capacity, 0, recent, 0, null, List.of(), true,
				LocalDate.of(2031, 1, 1), true, Instant.now(),
				new PersonDocument.Engagements(List.of(), months, 0, null));
	}

	private record Candidate(String id, double score, double quality) implements Matching.Ranked {
	}

}
