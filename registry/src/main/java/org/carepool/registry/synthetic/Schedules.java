package org.carepool.registry.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.carepool.registry.synthetic.Professions.Lifestyle;
import org.carepool.registry.synthetic.SyntheticPerson.DateRange;
import org.carepool.registry.synthetic.SyntheticPerson.WeeklyRange;

/**
 * When people are free: weekly hours that fit their kind of week, and the days they are
 * away during the winter season the association plans for.
 */
final class Schedules {

	static final int MINUTES_PER_DAY = 24 * 60;

	static final int MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

	static final LocalDate SEASON_START = LocalDate.of(2026, 11, 1);

	static final LocalDate SEASON_END = LocalDate.of(2027, 3, 31);

	// The Spring Festival of 2027 falls on 6 February; many travel around it.
	private static final LocalDate SPRING_FESTIVAL = LocalDate.of(2027, 2, 6);

	private static final int SATURDAY = 5;

	private static final int SUNDAY = 6;

	private Schedules() {
	}

	static List<WeeklyRange> weekly(SplittableRandom random, Lifestyle lifestyle, boolean expert) {
		List<WeeklyRange> ranges = new ArrayList<>();
		switch (lifestyle) {
			case WORKING -> working(random, expert, ranges);
			case RETIRED -> retired(random, ranges);
			case STUDENT -> student(random, ranges);
			case FLEXIBLE -> flexible(random, ranges);
		}
		if (ranges.isEmpty()) {
			ranges.add(range(SATURDAY, 9, 0, 12, 0));
		}
		return merged(ranges);
	}

	private static void working(SplittableRandom random, boolean expert, List<WeeklyRange> ranges) {
		int evenings = random.nextInt(4);
		for (int day : distinctWeekdays(random, evenings)) {
			ranges.add(random.nextBoolean() ? range(day, 18, 30, 21, 0) : range(day, 19, 0, 21, 30));
		}
		if (expert && random.nextInt(100) < 35) {
			int day = random.nextInt(5);
			ranges.add(random.nextBoolean() ? range(day, 13, 30, 17, 0) : range(day, 9, 0, 11, 30));
		}
		addWeekend(random, ranges, 50, 45, 35, 35);
	}

	private static void retired(SplittableRandom random, List<WeeklyRange> ranges) {
		for (int day : distinctWeekdays(random, 2 + random.nextInt(4))) {
			boolean morning = random.nextInt(100) < 70;
			boolean afternoon = !morning || random.nextInt(100) < 45;
			if (morning) {
				ranges.add(range(day, 8, 30, 11, 30));
			}
			if (afternoon) {
				ranges.add(range(day, 13, 30, 16, 30));
			}
		}
		addWeekend(random, ranges, 15, 10, 10, 5);
	}

	private static void student(SplittableRandom random, List<WeeklyRange> ranges) {
		for (int day : distinctWeekdays(random, 1 + random.nextInt(3))) {
			ranges.add(random.nextBoolean() ? range(day, 14, 0, 17, 0) : range(day, 18, 30, 21, 0));
		}
		if (random.nextInt(100) < 40) {
			ranges.add(range(random.nextBoolean() ? SATURDAY : SUNDAY, 9, 0, 17, 0));
		}
		else {
			addWeekend(random, ranges, 40, 40, 25, 25);
		}
	}

	private static void flexible(SplittableRandom random, List<WeeklyRange> ranges) {
		for (int day : distinctWeekdays(random, 2 + random.nextInt(3))) {
			ranges.add(random.nextBoolean() ? range(day, 9, 30, 11, 30) : range(day, 13, 0, 15, 0));
		}
		addWeekend(random, ranges, 20, 10, 10, 10);
	}

	private static void addWeekend(SplittableRandom random, List<WeeklyRange> ranges, int saturdayMorning,
			int saturdayAfternoon, int sundayMorning, int sundayAfternoon) {
		if (random.nextInt(100) < saturdayMorning) {
			ranges.add(range(SATURDAY, 9, 0, 12, 0));
		}
		if (random.nextInt(100) < saturdayAfternoon) {
			ranges.add(range(SATURDAY, 13, 30, 17, 0));
		}
		if (random.nextInt(100) < sundayMorning) {
			ranges.add(range(SUNDAY, 9, 0, 12, 0));
		}
		if (random.nextInt(100) < sundayAfternoon) {
			ranges.add(range(SUNDAY, 13, 30, 17, 0));
		}
	}

	private static int[] distinctWeekdays(SplittableRandom random, int count) {
		int[] days = { 0, 1, 2, 3, 4 };
		for (int i = 0; i < count; i++) {
			int swap = i + random.nextInt(days.length - i);
			int day = days[swap];
			days[swap] = days[i];
			days[i] = day;
		}
		return Arrays.copyOf(days, count);
	}

	private static WeeklyRange range(int day, int fromHour, int fromMinute, int toHour, int toMinute) {
		int start = day * MINUTES_PER_DAY;
		return new WeeklyRange(start + fromHour * 60 + fromMinute, start + toHour * 60 + toMinute);
	}

	private static List<WeeklyRange> merged(List<WeeklyRange> ranges) {
		ranges.sort(Comparator.comparingInt(WeeklyRange::startMinute));
		List<WeeklyRange> merged = new ArrayList<>(ranges.size());
		for (WeeklyRange range : ranges) {
			WeeklyRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && range.startMinute() <= last.endMinute()) {
				merged.set(merged.size() - 1,
						new WeeklyRange(last.startMinute(), Math.max(last.endMinute(), range.endMinute())));
			}
			else {
				merged.add(range);
			}
		}
		return merged;
	}

	static List<DateRange> blackouts(SplittableRandom random) {
		int roll = random.nextInt(100);
		int count = (roll < 55) ? 0 : (roll < 90) ? 1 : 2;
		List<DateRange> blackouts = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			DateRange blackout = blackout(random);
			if (blackouts.stream().noneMatch((other) -> overlapOrTouch(other, blackout))) {
				blackouts.add(blackout);
			}
		}
		blackouts.sort(Comparator.comparing(DateRange::from));
		return blackouts;
	}

	private static DateRange blackout(SplittableRandom random) {
		int days = 2 + random.nextInt(13);
		LocalDate from;
		if (random.nextInt(100) < 40) {
			from = SPRING_FESTIVAL.minusDays(7).plusDays(random.nextInt(12));
		}
		else {
			from = SEASON_START.plusDays(random.nextInt((int) (SEASON_END.toEpochDay() - SEASON_START.toEpochDay())));
		}
		LocalDate to = from.plusDays(days - 1);
		return new DateRange(from, to.isAfter(SEASON_END) ? SEASON_END : to);
	}

	private static boolean overlapOrTouch(DateRange one, DateRange other) {
		return !one.from().isAfter(other.to().plusDays(1)) && !other.from().isAfter(one.to().plusDays(1));
	}

}
