package org.carepool.registry.person;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.carepool.registry.access.Caller;
import org.carepool.registry.audit.AuditTrail;
import org.carepool.registry.audit.AuditTrail.AuditEntry;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of people: a keyset page of those the caller may see, narrowed by a filter and
 * audited, and the names people are shown by to other features.
 */
@Service
@Transactional
public class PersonListing {

	private final PersonRepository people;

	private final PersonAccess access;

	private final PersonMapper mapper;

	private final AuditTrail audit;

	private final NamedParameterJdbcTemplate jdbc;

	PersonListing(PersonRepository people, PersonAccess access, PersonMapper mapper, AuditTrail audit,
			NamedParameterJdbcTemplate jdbc) {
		this.people = people;
		this.access = access;
		this.mapper = mapper;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/**
	 * A page of the people the caller may see, in id order.
	 * @param caller the caller
	 * @param filter what to narrow the list to
	 * @param after the cursor of the previous page, if any
	 * @param limit the page size
	 * @return the page
	 */
	@Transactional(readOnly = false)
	public PersonPage list(Caller caller, PersonFilter filter, UUID after, int limit) {
		List<UUID> ids = ids(caller, filter, after, limit + 1);
		List<UUID> page = ids.subList(0, Math.min(limit, ids.size()));
		Map<UUID, Person> found = new LinkedHashMap<>();
		this.people.findAllById(page).forEach((person) -> found.put(person.getId(), person));
		List<PersonSummary> items = page.stream()
			.map(found::get)
			.filter(java.util.Objects::nonNull)
			.map(this.mapper::toSummary)
			.toList();
		this.audit.record(new AuditEntry(caller.subject(), caller.auditRoles(), "person.list", "person", null, null));
		String next = (ids.size() > limit) ? page.get(page.size() - 1).toString() : null;
		return new PersonPage(items, next);
	}

	/**
	 * The ids of the people the caller may see under a filter, in id order.
	 */
	List<UUID> ids(Caller caller, PersonFilter filter, UUID after, int limit) {
		StringBuilder sql = new StringBuilder("select p.id from person p where p.status <> 'ERASED'");
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		Optional<String> confined = this.access.confinedStreet(caller);
		if (confined.isPresent()) {
			sql.append(
					" and exists (select 1 from person_served_street s where s.person_id = p.id and s.street_code = :confined)");
			parameters.addValue("confined", confined.get());
		}
		if (filter.status() != null) {
			sql.append(" and p.status = :status");
			parameters.addValue("status", filter.status().name());
		}
		if (filter.type() != null) {
			sql.append(" and exists (select 1 from person_type t where t.person_id = p.id and t.type = :type)");
			parameters.addValue("type", filter.type().name());
		}
		if (filter.street() != null) {
			sql.append(
					" and exists (select 1 from person_served_street s where s.person_id = p.id and s.street_code = :street)");
			parameters.addValue("street", filter.street());
		}
		if (filter.skill() != null) {
			sql.append(
					" and exists (select 1 from person_skill k where k.person_id = p.id and k.skill_code = :skill and k.level >= :level)");
			parameters.addValue("skill", filter.skill());
			parameters.addValue("level", (filter.minLevel() != null) ? filter.minLevel() : 1);
		}
		if (filter.name() != null && !filter.name().isBlank()) {
			sql.append(" and p.name like :name escape '\\'");
			parameters.addValue("name", likePrefix(ProfileRules.name(filter.name())));
		}
		if (after != null) {
			sql.append(" and p.id > :after");
			parameters.addValue("after", after);
		}
		sql.append(" order by p.id limit :limit");
		parameters.addValue("limit", limit);
		return this.jdbc.queryForList(sql.toString(), parameters, UUID.class);
	}

	/**
	 * The names people are shown by to coordinators and requesting partners.
	 * @param ids the people's ids
	 * @return their names, by id
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> displayNames(java.util.Collection<UUID> ids) {
		Map<UUID, String> names = new LinkedHashMap<>();
		this.people.findAllById(ids).forEach((person) -> names.put(person.getId(), person.getName()));
		return names;
	}

	private static String likePrefix(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
