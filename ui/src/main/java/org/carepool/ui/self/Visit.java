package org.carepool.ui.self;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

/**
 * When an assignment takes place, read from the schedule of its request: one day, or a
 * weekday for some weeks from a first day; local times in Shanghai.
 *
 * @param first the first day
 * @param weeks how many weekly visits, 1 for a one-off
 * @param start the start time
 * @param end the end time
 */
public record Visit(LocalDate first, int weeks, LocalTime start, LocalTime end) {

	/**
	 * Reads a request's schedule.
	 * @param schedule the registry's schedule: {@code date}, or {@code day},
	 * {@code weeks} and {@code firstDay}; with {@code start} and {@code end}
	 * @param today the day to count a weekly schedule from when it has no first day
	 * @return the visit, or {@code null} for a schedule without times
	 */
	public static Visit of(Map<String, Object> schedule, LocalDate today) {
		if (schedule == null || schedule.get("start") == null || schedule.get("end") == null) {
			return null;
		}
		LocalTime start = LocalTime.parse(schedule.get("start").toString());
		LocalTime end = LocalTime.parse(schedule.get("end").toString());
		if (schedule.get("date") != null) {
			return new Visit(LocalDate.parse(schedule.get("date").toString()), 1, start, end);
		}
		if (schedule.get("day") == null) {
			return null;
		}
		DayOfWeek day = DayOfWeek.valueOf(schedule.get("day").toString());
		LocalDate from = (schedule.get("firstDay") != null) ? LocalDate.parse(schedule.get("firstDay").toString())
				: today;
		int weeks = (schedule.get("weeks") instanceof Number number) ? number.intValue() : 1;
		return new Visit(from.with(TemporalAdjusters.nextOrSame(day)), Math.max(1, weeks), start, end);
	}

	/**
	 * The last day of the visits.
	 * @return the day
	 */
	public LocalDate last() {
		return this.first.plusWeeks(this.weeks - 1L);
	}

	/**
	 * Whether this is one of a weekly series.
	 * @return whether there is more than one visit
	 */
	public boolean weekly() {
		return this.weeks > 1;
	}

}
