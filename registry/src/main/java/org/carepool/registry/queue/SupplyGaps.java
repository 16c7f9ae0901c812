package org.carepool.registry.queue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carepool.registry.access.Caller;
import org.carepool.registry.access.Role;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supply–demand gap by street: for each street, the skills its open requests need
 * against the active people who serve that street with the skill at the level asked for
 * (and, where the skill needs one, a verified certificate that has not expired). A need
 * nobody can cover is what coordinators recruit for.
 */
@Service
@Transactional(readOnly = true)
public class SupplyGaps {

	private static final String GAPS = """
			select r.street_code, rs.skill_code, rs.min_level,
			       count(distinct r.id) as open_requests, sum(r.people_needed) as people_needed,
			       (select count(*) from person p
			          join person_skill ps on ps.person_id = p.id and ps.skill_code = rs.skill_code
			                              and ps.level >= rs.min_level
			         where p.status = 'ACTIVE'
			           and exists (select 1 from person_served_street s
			                        where s.person_id = p.id and s.street_code = r.street_code)
			           and (not k.needs_certification or exists (
			                 select 1 from certification c
			                   join skill_accepted_certification a on a.certification_code = c.type_code
			                  where a.skill_code = rs.skill_code and c.person_id = p.id and c.state = 'VERIFIED'
			                    and (c.expires_on is null or c.expires_on >= current_date)))) as people_available
			  from help_request r
			  join request_required_skill rs on rs.request_id = r.id
			  join skill k on k.code = rs.skill_code
			 where r.status in ('SUBMITTED', 'ACCEPTED', 'STAFFING')""";

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	SupplyGaps(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The supply side in figures: active people by street and skill area (a person counts
	 * once in each street they serve and each area they have a skill in), and the
	 * approved service hours of each of the last twelve months, this one included.
	 * @param caller a coordinator; a street coordinator sees their street only
	 * @return the figures
	 */
	public Figures figures(Caller caller) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String street = confine(caller, parameters);
		List<ActivePeople> active = this.jdbc.query("""
				select s.street_code, k.area, count(distinct p.id) as people
				  from person p
				  join person_served_street s on s.person_id = p.id
				  join person_skill ps on ps.person_id = p.id
				  join skill k on k.code = ps.skill_code
				 where p.status = 'ACTIVE'""" + ((street != null) ? " and s.street_code = :street" : "") + """

				group by s.street_code, k.area
				order by s.street_code, k.area""", parameters, (row,
				i) -> new ActivePeople(row.getString("street_code"), row.getString("area"), row.getLong("people")));
		YearMonth now = YearMonth.now(this.clock.withZone(SHANGHAI));
		LocalDate from = now.minusMonths(11).atDay(1);
		parameters.addValue("from", from);
		Map<String, BigDecimal> served = new LinkedHashMap<>();
		this.jdbc.query("""
				select to_char(sr.served_on, 'YYYY-MM') as month, sum(sr.hours) as hours
				  from service_record sr join help_request r on r.id = sr.request_id
				 where sr.state = 'APPROVED' and sr.served_on >= :from"""
				+ ((street != null) ? " and r.street_code = :street" : "") + """

						group by 1""", parameters, (row) -> {
					served.put(row.getString("month"), row.getBigDecimal("hours"));
				});
		List<MonthHours> months = new ArrayList<>();
		for (YearMonth month = now.minusMonths(11); !month.isAfter(now); month = month.plusMonths(1)) {
			months.add(new MonthHours(month.toString(), served.getOrDefault(month.toString(), BigDecimal.ZERO)));
		}
		return new Figures(active, months);
	}

	private static String confine(Caller caller, MapSqlParameterSource parameters) {
		if (caller.has(Role.ADMIN) || caller.has(Role.COORDINATOR)) {
			return null;
		}
		// A street coordinator without a street claim sees no street rather than all.
		String street = caller.street().orElse("(no street)");
		parameters.addValue("street", street);
		return street;
	}

	/**
	 * The open needs by street and skill, uncovered ones first, then by how few could
	 * serve them.
	 * @param caller a coordinator; a street coordinator sees their street only
	 * @return the needs
	 */
	public List<StreetNeed> byStreet(Caller caller) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String sql = GAPS;
		if (confine(caller, parameters) != null) {
			sql += " and r.street_code = :street";
		}
		sql += """

				group by r.street_code, rs.skill_code, rs.min_level, k.needs_certification
				order by people_available, r.street_code, rs.skill_code, rs.min_level""";
		return this.jdbc.query(sql, parameters,
				(row, i) -> new StreetNeed(row.getString("street_code"), row.getString("skill_code"),
						row.getInt("min_level"), row.getLong("open_requests"), row.getLong("people_needed"),
						row.getLong("people_available")));
	}

	/**
	 * What one street's open requests need of one skill, and who could give it.
	 *
	 * @param street the street's code
	 * @param skill the skill's code
	 * @param minLevel the level the requests ask for
	 * @param openRequests how many open requests need it
	 * @param peopleNeeded how many people those requests need together
	 * @param peopleAvailable how many active people serving the street could serve
	 * @param uncovered whether nobody can
	 */
	public record StreetNeed(String street, String skill, int minLevel, long openRequests, long peopleNeeded,
			long peopleAvailable, boolean uncovered) {

		StreetNeed(String street, String skill, int minLevel, long openRequests, long peopleNeeded,
				long peopleAvailable) {
			this(street, skill, minLevel, openRequests, peopleNeeded, peopleAvailable, peopleAvailable == 0);
		}

	}

	/**
	 * The supply side in figures.
	 *
	 * @param activePeople active people by street and skill area
	 * @param hoursByMonth approved hours of each of the last twelve months, oldest first
	 */
	public record Figures(List<ActivePeople> activePeople, List<MonthHours> hoursByMonth) {
	}

	/**
	 * How many active people serve a street with a skill in an area.
	 *
	 * @param street the street's code
	 * @param area the skill area's code
	 * @param people how many
	 */
	public record ActivePeople(String street, String area, long people) {
	}

	/**
	 * The approved service hours of a month.
	 *
	 * @param month the month, as {@code 2027-03}
	 * @param hours the hours
	 */
	public record MonthHours(String month, BigDecimal hours) {
	}

}
