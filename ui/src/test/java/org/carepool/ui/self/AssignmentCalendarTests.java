package org.carepool.ui.self;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AssignmentCalendar} and {@link Visit}.
 */
class AssignmentCalendarTests {

	@Test
	void writesAOneOffAndAWeeklyAssignmentInUtcWithTheSeriesAsARule() {
		Visit once = Visit.of(Map.of("date", "2027-03-13", "start", "09:30:00", "end", "11:30:00"),
				LocalDate.of(2027, 3, 1));
		Visit weekly = Visit.of(
				Map.of("day", "SATURDAY", "weeks", 6, "firstDay", "2027-03-10", "start", "14:00:00", "end", "15:30:00"),
				LocalDate.of(2027, 3, 1));
		assertThat(weekly.first()).isEqualTo(LocalDate.of(2027, 3, 13));
		assertThat(weekly.last()).isEqualTo(LocalDate.of(2027, 4, 17));

		String ics = AssignmentCalendar.of(List.of(new AssignmentCalendar.Entry("a1", "家庭支持 · 上门探访", "长征镇", null, once),
				new AssignmentCalendar.Entry("b2", "心理服务 · 哀伤陪伴", "桃浦镇", "家庭编号：FAM-1", weekly)));

		assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("VERSION:2.0", "PRODID:-//Carepool//My work//ZH");
		assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);
		// Shanghai is UTC+8 all year.
		assertThat(ics).contains("DTSTART:20270313T013000Z", "DTEND:20270313T033000Z", "UID:a1@carepool",
				"DTSTART:20270313T060000Z", "RRULE:FREQ=WEEKLY;COUNT=6", "LOCATION:桃浦镇");
		assertThat(ics.split("RRULE", -1)).hasSize(2);
	}

	@Test
	void aScheduleWithoutTimesIsNoVisit() {
		assertThat(Visit.of(Map.of("date", "2027-03-13"), LocalDate.of(2027, 3, 1))).isNull();
		assertThat(Visit.of(null, LocalDate.of(2027, 3, 1))).isNull();
	}

}
