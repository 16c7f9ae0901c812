package org.carepool.ui.self;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link WeekGrid}.
 */
class WeekGridTests {

	@Test
	void tickedNeighbouringHalfHoursBecomeOneSlotAndSeparateOnesTwo() {
		assertThat(WeekGrid.slots(List.of("0-19", "0-18", "0-20", "5-28", "junk", "9-1", "0-99")))
			.containsExactly(Map.of("start", 540, "end", 630), Map.of("start", 5 * 1440 + 840, "end", 5 * 1440 + 870));
	}

	@Test
	void aSlotFillsTheCellsItCoversWholeAndKeepsThoseOutsideTheHoursShown() {
		WeekGrid grid = WeekGrid.of(List.of(Map.of("start", 540, "end", 600),
				Map.of("start", 1440 + 60, "end", 1440 + 120), Map.of("start", 2 * 1440 + 545, "end", 2 * 1440 + 600)));

		assertThat(grid.times()).first().isEqualTo("06:00");
		assertThat(grid.times()).last().isEqualTo("21:30");
		// Monday 09:00 and 09:30 are free; 10:00 is not.
		assertThat(grid.rows().get(6).get(0).free()).isTrue();
		assertThat(grid.rows().get(7).get(0).free()).isTrue();
		assertThat(grid.rows().get(8).get(0).free()).isFalse();
		// Wednesday 09:05–10:00 covers only the half-hour from 09:30 whole.
		assertThat(grid.rows().get(6).get(2).free()).isFalse();
		assertThat(grid.rows().get(7).get(2).free()).isTrue();
		// Tuesday 01:00–02:00 is outside the rows shown and kept as it was.
		assertThat(grid.hidden()).containsExactly("1-2", "1-3");
		assertThat(grid.free()).isEqualTo(5);
		List<String> ticked = new java.util.ArrayList<>(grid.hidden());
		grid.rows().stream().flatMap(List::stream).filter(WeekGrid.Cell::free).forEach((c) -> ticked.add(c.key()));
		assertThat(WeekGrid.slots(ticked)).contains(Map.of("start", 1440 + 60, "end", 1440 + 120));
	}

	@Test
	void readsEachDaysFreeTimesSplittingASlotAtMidnight() {
		List<List<String>> days = WeekGrid.ranges(List.of(Map.of("start", 540, "end", 720),
				Map.of("start", 6 * 1440 + 1380, "end", 10080), Map.of("start", 1320, "end", 1440 + 60)));
		assertThat(days.get(0)).containsExactly("09:00–12:00", "22:00–24:00");
		assertThat(days.get(1)).containsExactly("00:00–01:00");
		assertThat(days.get(6)).containsExactly("23:00–24:00");
		assertThat(days.get(3)).isEmpty();
	}

}
