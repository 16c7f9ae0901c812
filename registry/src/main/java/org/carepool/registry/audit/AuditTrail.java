package org.carepool.registry.audit;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what callers did to which records. The table refuses updates and deletes,
 * whoever asks.
 */
@Service
public class AuditTrail {

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

	private final JdbcTemplate jdbc;

	AuditTrail(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records an action that succeeded, in the caller's transaction, so the record exists
	 * exactly when the action took effect.
	 * @param entry what happened
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditEntry entry) {
		insert(entry, Outcome.SUCCEEDED);
	}

	/**
	 * Records an attempt that was refused, in a transaction of its own, so it survives
	 * the refusal.
	 * @param entry what was attempted
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void denied(AuditEntry entry) {
		log.info("Denied {} on {} {} for {}", entry.action(), entry.subjectType(), entry.subjectId(), entry.actor());
		insert(entry, Outcome.DENIED);
	}

	/**
	 * A page of the trail, newest first; the reading is itself recorded.
	 * @param reader who reads
	 * @param readerRoles the reader's roles
	 * @param query the filters and the page
	 * @return the page
	 */
	@Transactional
	public AuditPage query(String reader, String readerRoles, AuditQuery query) {
		StringBuilder sql = new StringBuilder(
				"select id, at, actor, roles, action, subject_type, subject_id, outcome, reason from audit_event where true");
		java.util.List<Object> arguments = new java.util.ArrayList<>();
		filter(sql, arguments, "actor = ?", query.actor());
		filter(sql, arguments, "subject_id = ?", query.subject());
		filter(sql, arguments, "action = ?", query.action());
		filter(sql, arguments, "outcome = ?", query.outcome());
		filter(sql, arguments, "at >= ?", (query.from() != null) ? java.sql.Timestamp.from(query.from()) : null);
		filter(sql, arguments, "at < ?", (query.to() != null) ? java.sql.Timestamp.from(query.to()) : null);
		filter(sql, arguments, "id < ?", query.before());
		sql.append(" order by id desc limit ?");
		arguments.add(query.limit() + 1);
		java.util.List<AuditEvent> events = this.jdbc.query(sql.toString(),
				(row, n) -> new AuditEvent(row.getLong("id"), row.getTimestamp("at").toInstant(),
						row.getString("actor"), row.getString("roles"), row.getString("action"),
						row.getString("subject_type"), row.getString("subject_id"), row.getString("outcome"),
						row.getString("reason")),
				arguments.toArray());
		java.util.List<AuditEvent> page = events.subList(0, Math.min(query.limit(), events.size()));
		record(new AuditEntry(reader, readerRoles, "audit.read", "audit", null, describe(query)));
		return new AuditPage(java.util.List.copyOf(page),
				(events.size() > query.limit()) ? Long.toString(page.get(page.size() - 1).id()) : null);
	}

	private static void filter(StringBuilder sql, java.util.List<Object> arguments, String condition, Object value) {
		if (value != null) {
			sql.append(" and ").append(condition);
			arguments.add(value);
		}
	}

	private static String describe(AuditQuery query) {
		return "actor=%s subject=%s action=%s outcome=%s from=%s to=%s before=%s".formatted(query.actor(),
				query.subject(), query.action(), query.outcome(), query.from(), query.to(), query.before());
	}

	private void insert(AuditEntry entry, Outcome outcome) {
		this.jdbc.update(
				"insert into audit_event (actor, roles, action, subject_type, subject_id, outcome, reason) values (?, ?, ?, ?, ?, ?, ?)",
				truncate(entry.actor(), 100), truncate(entry.roles(), 200), truncate(entry.action(), 200),
				entry.subjectType(), entry.subjectId(), outcome.name(), truncate(entry.reason(), 500));
	}

	private static String truncate(String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length);
	}

	/**
	 * What an audit record says.
	 *
	 * @param actor the account or client
	 * @param roles the actor's roles, space-separated
	 * @param action what was done, such as {@code person.read}
	 * @param subjectType the kind of record
	 * @param subjectId the record's id, if any
	 * @param reason the reason given, for reveals
	 */
	public record AuditEntry(String actor, String roles, String action, String subjectType, String subjectId,
			String reason) {

		/**
		 * An entry about a person.
		 * @param actor the actor
		 * @param roles the actor's roles
		 * @param action the action
		 * @param person the person's id
		 * @return the entry
		 */
		public static AuditEntry person(String actor, String roles, String action, UUID person) {
			return new AuditEntry(actor, roles, action, "person", (person != null) ? person.toString() : null, null);
		}

		/**
		 * This entry with a reason.
		 * @param reason the reason
		 * @return a copy with the reason
		 */
		public AuditEntry because(String reason) {
			return new AuditEntry(this.actor, this.roles, this.action, this.subjectType, this.subjectId, reason);
		}

	}

	private enum Outcome {

		SUCCEEDED, DENIED

	}

}
