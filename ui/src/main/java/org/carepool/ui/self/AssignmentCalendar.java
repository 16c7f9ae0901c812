package org.carepool.ui.self;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A person's upcoming assignments as an iCalendar file (RFC 5545) for the calendar on
 * their phone, made by ical4j: one event per assignment, weekly ones as a series. Times
 * are written in UTC, which every calendar reads the same; Shanghai keeps no summer time,
 * so a weekly series stays at the same local hour.
 */
public final class AssignmentCalendar {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private AssignmentCalendar() {
	}

	/**
	 * Writes the calendar.
	 * @param entries the assignments
	 * @return the iCalendar text
	 */
	public static String of(List<Entry> entries) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Carepool//My work//ZH"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		for (Entry entry : entries) {
			Visit visit = entry.visit();
			ZonedDateTime start = ZonedDateTime.of(visit.first(), visit.start(), SHANGHAI);
			ZonedDateTime end = ZonedDateTime.of(visit.first(), visit.end(), SHANGHAI);
			VEvent event = new VEvent(start.toInstant(), end.toInstant(), entry.summary());
			event.add(new Uid(entry.uid() + "@carepool"));
			event.add(new Location(entry.place()));
			if (entry.description() != null && !entry.description().isBlank()) {
				event.add(new Description(entry.description()));
			}
			if (visit.weekly()) {
				event.add(new RRule<>(new Recur.Builder<java.time.Instant>()
					.frequency(net.fortuna.ical4j.transform.recurrence.Frequency.WEEKLY)
					.count(visit.weeks())
					.build()));
			}
			calendar.add(event);
		}
		StringWriter text = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

	/**
	 * One assignment in the calendar.
	 *
	 * @param uid what identifies it across downloads (the invitation's id)
	 * @param summary its title
	 * @param place where, as people read it
	 * @param description what the person may know of it, or {@code null}
	 * @param visit when
	 */
	public record Entry(String uid, String summary, String place, String description, Visit visit) {
	}

}
