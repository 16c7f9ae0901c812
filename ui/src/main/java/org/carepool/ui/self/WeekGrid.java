package org.carepool.ui.self;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A weekly availability as a grid of half-hour cells, Monday first, as people tap it: the
 * registry's slots (minutes from Monday 00:00 in Shanghai) become cells, and the cells
 * they tick become slots again, neighbours merged. Cells outside the hours shown are kept
 * as they were, so nothing is lost by editing the part on screen.
 *
 * @param times the start of each row shown, such as {@code 06:00}
 * @param rows one row per half-hour shown, one cell per day
 * @param hidden the cells set outside the hours shown, as cell keys
 */
public record WeekGrid(List<String> times, List<List<Cell>> rows, List<String> hidden) {

	/** Cells in a day. */
	static final int PER_DAY = 48;

	private static final int FIRST = 12;

	private static final int LAST = 44;

	/**
	 * Draws the grid from the registry's slots.
	 * @param slots the slots, each with {@code start} and {@code end}
	 * @return the grid
	 */
	public static WeekGrid of(List<Map<String, Object>> slots) {
		BitSet set = new BitSet(7 * PER_DAY);
		for (Map<String, Object> slot : (slots != null) ? slots : List.<Map<String, Object>>of()) {
			int start = ((Number) slot.get("start")).intValue();
			int end = ((Number) slot.get("end")).intValue();
			// A cell is free when the slot covers all of it.
			for (int cell = (start + 29) / 30; cell < end / 30 && cell < 7 * PER_DAY; cell++) {
				set.set(cell);
			}
		}
		List<String> times = new ArrayList<>();
		List<List<Cell>> rows = new ArrayList<>();
		for (int half = FIRST; half < LAST; half++) {
			times.add(time(half));
			List<Cell> row = new ArrayList<>();
			for (int day = 0; day < 7; day++) {
				row.add(new Cell(key(day, half), day, time(half), time(half + 1), set.get(day * PER_DAY + half)));
			}
			rows.add(row);
		}
		List<String> hidden = new ArrayList<>();
		for (int cell = set.nextSetBit(0); cell >= 0; cell = set.nextSetBit(cell + 1)) {
			int half = cell % PER_DAY;
			if (half < FIRST || half >= LAST) {
				hidden.add(key(cell / PER_DAY, half));
			}
		}
		return new WeekGrid(times, rows, hidden);
	}

	/**
	 * The slots for the cells ticked, neighbouring cells merged into one slot.
	 * @param cells the cell keys ({@code day-half}, such as {@code 0-18} for Monday
	 * 09:00–09:30); unknown keys are left out
	 * @return the slots, each with {@code start} and {@code end}, in order
	 */
	public static List<Map<String, Object>> slots(Collection<String> cells) {
		BitSet set = new BitSet(7 * PER_DAY);
		for (String key : (cells != null) ? cells : List.<String>of()) {
			String[] parts = key.split("-", 2);
			if (parts.length == 2 && parts[0].matches("[0-6]") && parts[1].matches("\\d{1,2}")) {
				int half = Integer.parseInt(parts[1]);
				if (half < PER_DAY) {
					set.set(Integer.parseInt(parts[0]) * PER_DAY + half);
				}
			}
		}
		List<Map<String, Object>> slots = new ArrayList<>();
		for (int start = set.nextSetBit(0); start >= 0;) {
			int end = set.nextClearBit(start);
			Map<String, Object> slot = new LinkedHashMap<>();
			slot.put("start", start * 30);
			slot.put("end", end * 30);
			slots.add(slot);
			start = set.nextSetBit(end);
		}
		return slots;
	}

	/**
	 * How many cells are free.
	 * @return the count, hidden ones included
	 */
	public int free() {
		return this.hidden.size() + (int) this.rows.stream().flatMap(List::stream).filter(Cell::free).count();
	}

	/**
	 * The times free on each day, as people read them.
	 * @param slots the registry's slots
	 * @return for each day, Monday first, its free ranges such as {@code 09:00–12:00}
	 */
	public static List<List<String>> ranges(List<Map<String, Object>> slots) {
		List<List<String>> days = new ArrayList<>();
		for (int day = 0; day < 7; day++) {
			days.add(new ArrayList<>());
		}
		for (Map<String, Object> slot : (slots != null) ? slots : List.<Map<String, Object>>of()) {
			int start = ((Number) slot.get("start")).intValue();
			int end = ((Number) slot.get("end")).intValue();
			// A slot past midnight shows on each day it covers.
			while (start < end && start < 7 * 1440) {
				int day = start / 1440;
				int until = Math.min(end, (day + 1) * 1440);
				days.get(day).add(clock(start % 1440) + "–" + clock(until - day * 1440));
				start = until;
			}
		}
		return days;
	}

	private static String clock(int minutes) {
		return String.format("%02d:%02d", minutes / 60, minutes % 60);
	}

	private static String key(int day, int half) {
		return day + "-" + half;
	}

	private static String time(int half) {
		return String.format("%02d:%02d", half / 2, (half % 2) * 30);
	}

	/**
	 * One half-hour of one day.
	 *
	 * @param key what the form sends for it
	 * @param day 0 for Monday to 6 for Sunday
	 * @param from its start, {@code 09:00}
	 * @param to its end, {@code 09:30}
	 * @param free whether the person is available then
	 */
	public record Cell(String key, int day, String from, String to, boolean free) {
	}

}
