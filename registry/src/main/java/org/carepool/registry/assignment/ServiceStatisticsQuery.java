package org.carepool.registry.assignment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.carepool.registry.person.Commitments;
import org.carepool.registry.person.ServiceHistory;
import org.carepool.registry.person.ServiceStatistics;
import org.carepool.search.PersonDocument;
import org.carepool.registry.time.Shanghai;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's statistics computed from their invitations, approved hours and ratings at the
 * moment their documents are built, and who among them the calendar alone changes, so
 * that "this month" and "the last 30 days" are built again each night for those people.
 */
@Component
class ServiceStatisticsQuery implements ServiceHistory {

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	ServiceStatisticsQuery(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, ServiceStatistics> statistics(Collection<UUID> people) {
		if (people.isEmpty()) {
			return Map.of();
		}
		LocalDate monthStart = Shanghai.today(this.clock).withDayOfMonth(1);
		MapSqlParameterSource parameters = new MapSqlParameterSource("people", people)
			.addValue("monthStart", monthStart)
			.addValue("since", java.sql.Timestamp.from(this.clock.instant().minus(Duration.ofDays(30))));
		Map<UUID, double[]> hours = new HashMap<>();
		this.jdbc.query("""
				select person_id, coalesce(sum(hours) filter (where served_on >= :monthStart), 0), sum(hours)
				  from service_record where person_id in (:people) and state = 'APPROVED' group by person_id""",
				parameters, (row) -> {
					hours.put(row.getObject(1, UUID.class), new double[] { row.getDouble(2), row.getDouble(3) });
				});
		Map<UUID, Integer> recent = new HashMap<>();
		this.jdbc.query("""
				select person_id, count(*) from invitation
				 where person_id in (:people) and status = 'ACCEPTED' and answered_at >= :since group by person_id""",
				parameters, (row) -> {
					recent.put(row.getObject(1, UUID.class), row.getInt(2));
				});
		Map<UUID, Double> ratings = new HashMap<>();
		this.jdbc.query(
				"select person_id, avg(stars) from service_rating where person_id in (:people) group by person_id",
				parameters, (row) -> {
					ratings.put(row.getObject(1, UUID.class), Math.round(row.getDouble(2) * 100) / 100.0);
				});
		Map<UUID, Map<String, Integer>> categories = new HashMap<>();
		this.jdbc.query("""
				select person_id, category_code, count(*) from service_record
				 where person_id in (:people) and state = 'APPROVED' group by person_id, category_code""", parameters,
				(row) -> {
					categories.computeIfAbsent(row.getObject(1, UUID.class), (id) -> new LinkedHashMap<>())
						.put(row.getString(2), row.getInt(3));
				});
		Map<UUID, ServiceStatistics> statistics = new HashMap<>();
		for (UUID person : people) {
			double[] served = hours.get(person);
			if (served == null && !recent.containsKey(person) && !ratings.containsKey(person)) {
				continue;
			}
			statistics.put(person,
					new ServiceStatistics((served != null) ? served[0] : 0, recent.getOrDefault(person, 0),
							(served != null) ? served[1] : 0, ratings.get(person),
							categories.getOrDefault(person, Map.of())));
		}
		return statistics;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, Commitments> commitments(Collection<UUID> people) {
		if (people.isEmpty()) {
			return Map.of();
		}
		LocalDate monthStart = Shanghai.today(this.clock).withDayOfMonth(1);
		MapSqlParameterSource parameters = new MapSqlParameterSource("people", people)
			.addValue("now", java.sql.Timestamp.from(this.clock.instant()))
			.addValue("monthStart", java.sql.Timestamp.from(monthStart.atStartOfDay(Shanghai.ZONE).toInstant()));
		Map<UUID, List<PersonDocument.TimeRange>> bookings = new HashMap<>();
		// The same bookings as staffing's overlap check: invitations held or accepted on
		// requests that still stand.
		this.jdbc.query("""
				select i.person_id, o.starts_at, o.ends_at from invitation i
				  join help_request r on r.id = i.request_id and r.status not in ('CANCELLED', 'REJECTED')
				  join request_occurrence o on o.request_id = i.request_id
				 where i.person_id in (:people) and i.status in ('INVITED', 'ACCEPTED') and o.ends_at > :now
				 order by i.person_id, o.starts_at""", parameters, (row) -> {
			bookings.computeIfAbsent(row.getObject(1, UUID.class), (id) -> new ArrayList<>())
				.add(new PersonDocument.TimeRange(row.getTimestamp(2).toInstant(), row.getTimestamp(3).toInstant()));
		});
		Map<UUID, Map<String, Double>> booked = new HashMap<>();
		// Accepted and not yet served: no service record for the invitation.
		this.jdbc.query("""
				select i.person_id, o.starts_at, r.duration_minutes from invitation i
				  join help_request r on r.id = i.request_id and r.status not in ('CANCELLED', 'REJECTED')
				  join request_occurrence o on o.request_id = i.request_id
				 where i.person_id in (:people) and i.status = 'ACCEPTED' and o.starts_at >= :monthStart
				   and not exists (select 1 from service_record s where s.invitation_id = i.id)""", parameters,
				(row) -> {
					String month = YearMonth.from(row.getTimestamp(2).toInstant().atZone(Shanghai.ZONE)).toString();
					booked.computeIfAbsent(row.getObject(1, UUID.class), (id) -> new TreeMap<>())
						.merge(month, row.getInt(3) / 60.0, Double::sum);
				});
		Map<UUID, Integer> special = new HashMap<>();
		this.jdbc.query("""
				select s.person_id, count(*) from service_record s join help_request r on r.id = s.request_id
				 where s.person_id in (:people) and s.state = 'APPROVED' and r.sensitive group by s.person_id""",
				parameters, (row) -> {
					special.put(row.getObject(1, UUID.class), row.getInt(2));
				});
		Map<UUID, Double> specialRatings = new HashMap<>();
		this.jdbc.query("""
				select g.person_id, avg(g.stars) from service_rating g join help_request r on r.id = g.request_id
				 where g.person_id in (:people) and r.sensitive group by g.person_id""", parameters, (row) -> {
			specialRatings.put(row.getObject(1, UUID.class), Math.round(row.getDouble(2) * 100) / 100.0);
		});
		Map<UUID, Commitments> commitments = new HashMap<>();
		for (UUID person : people) {
			if (!bookings.containsKey(person) && !booked.containsKey(person) && !special.containsKey(person)) {
				continue;
			}
			commitments.put(person,
					new Commitments(bookings.getOrDefault(person, List.of()), booked.getOrDefault(person, Map.of()),
							special.getOrDefault(person, 0), specialRatings.get(person)));
		}
		return commitments;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<UUID> changingOn(LocalDate day) {
		Instant start = day.atStartOfDay(Shanghai.ZONE).toInstant();
		// Statistics count the 30 days before the moment they are read; two days either
		// side of the boundary keep the nightly run's exact time out of the answer.
		MapSqlParameterSource parameters = new MapSqlParameterSource()
			.addValue("from", java.sql.Timestamp.from(start.minus(Duration.ofDays(31))))
			.addValue("until", java.sql.Timestamp.from(start.minus(Duration.ofDays(29))));
		Set<UUID> people = new LinkedHashSet<>(this.jdbc.queryForList("""
				select distinct person_id from invitation
				 where status = 'ACCEPTED' and answered_at >= :from and answered_at < :until""", parameters,
				UUID.class));
		if (day.getDayOfMonth() == 1) {
			people.addAll(this.jdbc.queryForList("""
					select distinct person_id from service_record
					 where state = 'APPROVED' and served_on >= :monthBefore and served_on < :month""",
					new MapSqlParameterSource("monthBefore", day.minusMonths(1)).addValue("month", day), UUID.class));
		}
		return people;
	}

}
