package org.carepool.registry.queue;

import java.util.List;

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

	private final NamedParameterJdbcTemplate jdbc;

	SupplyGaps(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
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
		if (!caller.has(Role.ADMIN) && !caller.has(Role.COORDINATOR)) {
			// A street coordinator without a street claim sees no street rather than all.
			parameters.addValue("street", caller.street().orElse("\u0000none"));
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

}
