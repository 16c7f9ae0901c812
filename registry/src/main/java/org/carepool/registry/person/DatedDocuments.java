package org.carepool.registry.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.carepool.registry.time.Shanghai;

/**
 * Parts of a search document follow the calendar rather than edits: a skill is no longer
 * verified the day after its certificate expires, hours "this month" start again on the
 * 1st and assignments leave "the last 30 days". The index only learns of a person through
 * the change feed, so each night, shortly after midnight in Shanghai, a change is
 * recorded for every person whose document the new day alters; otherwise matching would,
 * for example, go on treating a volunteer as fully booked for the whole of a new month.
 */
@Component
public class DatedDocuments {

	private static final Logger log = LoggerFactory.getLogger(DatedDocuments.class);

	private final JdbcTemplate jdbc;

	private final ServiceHistory history;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DatedDocuments(JdbcTemplate jdbc, ServiceHistory history, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.history = history;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records the changes today brings; runs at 00:05 in Shanghai
	 * ({@code registry.documents.dated-refresh-cron}).
	 * @return the people changed
	 */
	@Scheduled(cron = "${registry.documents.dated-refresh-cron:0 5 0 * * *}", zone = Shanghai.ZONE_ID)
	@Transactional
	public Set<UUID> refreshToday() {
		return refresh(Shanghai.today(this.clock));
	}

	/**
	 * Records a change for every person whose search document differs on a day from the
	 * day before only because the date moved on.
	 * @param day the new day, in Shanghai
	 * @return the people changed
	 */
	@Transactional
	public Set<UUID> refresh(LocalDate day) {
		Set<UUID> people = new LinkedHashSet<>(this.jdbc.queryForList(
				"select distinct person_id from certification where state = 'VERIFIED' and expires_on = ?", UUID.class,
				day.minusDays(1)));
		people.addAll(this.history.changingOn(day));
		people.forEach((person) -> this.events.publishEvent(new PersonChanged(person, false)));
		log.atInfo()
			.addKeyValue("day", day)
			.addKeyValue("people", people.size())
			.log("Recorded a change for {} people whose search documents the date {} alters", people.size(), day);
		return people;
	}

}
