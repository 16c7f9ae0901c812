package org.carepool.registry.request;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.carepool.registry.time.Shanghai;

/**
 * When a request is served: one day and a time window, or a weekly slot for a number of
 * weeks from a first day, in Shanghai local time.
 *
 * @param date the day of a one-off request, or {@code null}
 * @param weeklyDay the day of the week of a weekly request, or {@code null}
 * @param weeks how many weeks a weekly request runs
 * @param firstDay the first day a weekly request is served
 * @param start when each visit starts
 * @param end when each visit ends
 */
public record Schedule(LocalDate date, DayOfWeek weeklyDay, Integer weeks, LocalDate firstDay, LocalTime start,
		LocalTime end) {

	/**
	 * Each visit as an interval of instants.
	 * @return the occurrences in time order
	 */
	List<Interval> occurrences() {
		List<Interval> occurrences = new ArrayList<>();
		if (this.date != null) {
			occurrences.add(occurrence(this.date));
		}
		else {
			LocalDate day = this.firstDay.with(TemporalAdjusters.nextOrSame(this.weeklyDay));
			for (int i = 0; i < this.weeks; i++) {
				occurrences.add(occurrence(day.plusWeeks(i)));
			}
		}
		return occurrences;
	}

	private Interval occurrence(LocalDate day) {
		return new Interval(day.atTime(this.start).atZone(Shanghai.ZONE).toInstant(),
				day.atTime(this.end).atZone(Shanghai.ZONE).toInstant());
	}

	/**
	 * One visit, from and to an instant.
	 *
	 * @param startsAt when it starts
	 * @param endsAt when it ends
	 */
	public record Interval(java.time.Instant startsAt, java.time.Instant endsAt) {
	}

}
