package org.carepool.ui.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A person's weekly availability as a grid: seven days by the hours of a day, each cell
 * free or not.
 *
 * @param hours the hours shown, such as 8 to 20
 * @param days one row per day, Monday first, one flag per hour
 */
public record Availability(List<Integer> hours, List<List<Boolean>> days) {

	private static final int FIRST = 7;

	private static final int LAST = 21;

	/**
	 * Draws the grid from the registry's slots, minutes from Monday 00:00.
	 * @param slots the slots, each with {@code start} and {@code end}
	 * @return the grid
	 */
	public static Availability of(List<Map<String, Object>> slots) {
		List<Integer> hours = new ArrayList<>();
		for (int hour = FIRST; hour < LAST; hour++) {
			hours.add(hour);
		}
		List<List<Boolean>> days = new ArrayList<>();
		for (int day = 0; day < 7; day++) {
			List<Boolean> row = new ArrayList<>();
			for (int hour = FIRST; hour < LAST; hour++) {
				int from = day * 1440 + hour * 60;
				int to = from + 60;
				boolean free = false;
				for (Map<String, Object> slot : (slots != null) ? slots : List.<Map<String, Object>>of()) {
					int start = ((Number) slot.get("start")).intValue();
					int end = ((Number) slot.get("end")).intValue();
					free |= start < to && from < end;
				}
				row.add(free);
			}
			days.add(row);
		}
		return new Availability(hours, days);
	}

}
