package org.carepool.registry.changefeed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.carepool.registry.person.PersonChanged;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox behind the change feed. Appends take a transaction-scoped advisory lock
 * before taking a position, so a transaction that took a lower position has always
 * committed (or rolled back) before a higher position becomes visible: readers never see
 * a gap that later fills, and {@code position > after} never skips a change.
 */
@Service
public class ChangeLog {

	/** The advisory lock that serialises appends; held from the append to the commit. */
	static final long APPEND_LOCK = 0x63617265706f6f6cL;

	private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ChangeLog(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(PersonChanged changed) {
		append("person", changed.person(), changed.removed() ? "delete" : "upsert");
	}

	/**
	 * Appends a change in the caller's transaction.
	 * @param type the record type
	 * @param id the record's id
	 * @param op {@code upsert} or {@code delete}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void append(String type, java.util.UUID id, String op) {
		this.jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, APPEND_LOCK);
		this.jdbc.update("insert into change_log (entity_type, entity_id, op) values (?, ?, ?)", type, id, op);
	}

	/**
	 * The changes after a position, waiting up to {@code wait} for the first one.
	 * @param after the last position the reader has applied
	 * @param limit at most this many changes
	 * @param wait how long to wait when there is none yet
	 * @return the page
	 */
	public ChangePage after(long after, int limit, Duration wait) {
		Instant deadline = this.clock.instant().plus(wait);
		while (true) {
			List<Change> changes = this.jdbc.query(
					"select position, entity_type, entity_id, op, recorded_at from change_log where position > ? order by position limit ?",
					(row, i) -> new Change(row.getLong(1), row.getString(2), row.getObject(3, java.util.UUID.class),
							row.getString(4), row.getObject(5, java.time.OffsetDateTime.class).toInstant()),
					after, limit);
			if (!changes.isEmpty() || !this.clock.instant().isBefore(deadline)) {
				long next = changes.isEmpty() ? after : changes.get(changes.size() - 1).position();
				return new ChangePage(changes, next, Math.max(next, horizon()));
			}
			try {
				Thread.sleep(POLL_INTERVAL.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return new ChangePage(List.of(), after, horizon());
			}
		}
	}

	/**
	 * The newest visible position.
	 * @return the position, 0 for an empty feed
	 */
	public long horizon() {
		Long horizon = this.jdbc.queryForObject("select coalesce(max(position), 0) from change_log", Long.class);
		return (horizon != null) ? horizon : 0;
	}

	/**
	 * The position of the latest change of each record, its document's version.
	 * @param ids the records
	 * @return the versions by id; records that never changed are absent
	 */
	public java.util.Map<java.util.UUID, Long> versions(java.util.Collection<java.util.UUID> ids) {
		java.util.Map<java.util.UUID, Long> versions = new java.util.HashMap<>();
		if (ids.isEmpty()) {
			return versions;
		}
		this.jdbc.query("select entity_id, max(position) from change_log where entity_id = any(?) group by entity_id",
				(row) -> {
					versions.put(row.getObject(1, java.util.UUID.class), row.getLong(2));
				}, (Object) ids.toArray(new java.util.UUID[0]));
		return versions;
	}

}
