package org.carepool.registry.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.carepool.registry.access.Caller;
import org.carepool.registry.audit.AuditTrail;
import org.carepool.registry.audit.AuditTrail.AuditEntry;
import org.carepool.registry.time.Shanghai;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinators' work on people: applicants to vet, certifications to verify and
 * certificates about to expire, each confined to a street coordinator's street.
 */
@Service
@Transactional
public class PersonQueues {

	private final PersonAccess access;

	private final NamedParameterJdbcTemplate jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	PersonQueues(PersonAccess access, NamedParameterJdbcTemplate jdbc, AuditTrail audit, Clock clock) {
		this.access = access;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Certifications nobody has checked yet, oldest person first.
	 * @param caller a coordinator
	 * @param limit at most this many
	 * @return the certifications with their person
	 */
	public List<UnverifiedCertification> unverifiedCertifications(Caller caller, int limit) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("limit", limit);
		String sql = """
				select c.id, c.person_id, p.name, c.type_code, c.issuer, c.issued_on, c.expires_on
				  from certification c join person p on p.id = c.person_id
				 where c.state = 'UNVERIFIED' and p.status <> 'ERASED'""" + area(caller, parameters)
				+ " order by p.created_at, c.id limit :limit";
		List<UnverifiedCertification> found = this.jdbc.query(sql, parameters,
				(rs, n) -> new UnverifiedCertification(rs.getObject("id", UUID.class),
						rs.getObject("person_id", UUID.class), rs.getString("name"), rs.getString("type_code"),
						rs.getString("issuer"), rs.getObject("issued_on", LocalDate.class),
						rs.getObject("expires_on", LocalDate.class)));
		this.audit.record(AuditEntry.person(caller.subject(), caller.auditRoles(), "queue.certifications", null));
		return found;
	}

	/**
	 * How many applicants wait for vetting, certifications for verification, and verified
	 * certificates of active people expire within a number of days, in the caller's area.
	 * @param caller a coordinator
	 * @param expiringWithinDays the horizon for expiring certificates
	 * @return the counts by name
	 */
	public Map<String, Long> counts(Caller caller, int expiringWithinDays) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String area = area(caller, parameters);
		LocalDate today = Shanghai.today(this.clock);
		parameters.addValue("today", today).addValue("horizon", today.plusDays(expiringWithinDays));
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("applicants",
				count("select count(*) from person p where p.status = 'APPLICANT'" + area, parameters));
		counts.put("certificationsUnverified", count("""
				select count(*) from certification c join person p on p.id = c.person_id
				 where c.state = 'UNVERIFIED' and p.status <> 'ERASED'""" + area, parameters));
		counts.put("certificatesExpiring", count("""
				select count(*) from certification c join person p on p.id = c.person_id
				 where c.state = 'VERIFIED' and p.status = 'ACTIVE'
				   and c.expires_on >= :today and c.expires_on <= :horizon""" + area, parameters));
		return counts;
	}

	private long count(String sql, MapSqlParameterSource parameters) {
		Long count = this.jdbc.queryForObject(sql, parameters, Long.class);
		return (count != null) ? count : 0;
	}

	private String area(Caller caller, MapSqlParameterSource parameters) {
		Optional<String> confined = this.access.confinedStreet(caller);
		if (confined.isEmpty()) {
			return "";
		}
		parameters.addValue("confined", confined.get());
		return " and exists (select 1 from person_served_street s where s.person_id = p.id and s.street_code = :confined)";
	}

	/**
	 * A certification waiting for a coordinator to check it.
	 *
	 * @param id the certification's id
	 * @param person the person's id
	 * @param personName the person's display name
	 * @param type the certification type code
	 * @param issuer who issued it
	 * @param issuedOn when
	 * @param expiresOn until when it is valid, if it expires
	 */
	public record UnverifiedCertification(UUID id, UUID person, String personName, String type, String issuer,
			LocalDate issuedOn, LocalDate expiresOn) {
	}

}
