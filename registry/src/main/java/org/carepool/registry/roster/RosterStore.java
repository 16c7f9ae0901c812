package org.carepool.registry.roster;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Roster imports and the rows they brought in, in PostgreSQL.
 */
@Repository
class RosterStore {

	private final JdbcTemplate jdbc;

	RosterStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void create(UUID id, String owner, Instant now, String fileName, String type, String sealed,
			Map<Integer, RosterColumn> mapping, int rows) {
		this.jdbc.update(
				"insert into roster_import (id, created_by, created_at, file_name, file_type, content_sealed, mapping, status, total_rows) values (?, ?, ?, ?, ?, ?, ?, 'PREVIEWED', ?)",
				id, owner, Timestamp.from(now), fileName, type, sealed, mapping(mapping), rows);
	}

	Optional<Stored> find(UUID id, String owner) {
		return this.jdbc.query(
				"select id, file_name, file_type, content_sealed, mapping, decisions, status, total_rows, done_rows, created_count, merged_count, skipped_count, unchanged_count, invalid_count, problem, heartbeat_at from roster_import where id = ? and created_by = ?",
				(row, i) -> new Stored(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
						row.getString(4), mapping(row.getString(5)), decisions(row.getString(6)), row.getString(7),
						new RosterReport.Progress(row.getInt(9), row.getInt(8), row.getInt(10), row.getInt(11),
								row.getInt(12), row.getInt(13), row.getInt(14), row.getString(15))),
				id, owner)
			.stream()
			.findFirst();
	}

	void remap(UUID id, Map<Integer, RosterColumn> mapping) {
		this.jdbc.update("update roster_import set mapping = ? where id = ? and status = 'PREVIEWED'", mapping(mapping),
				id);
	}

	/**
	 * Claims an import for running: one that has not run, that stopped, or whose runner
	 * stopped beating.
	 */
	boolean claim(UUID id, Map<Integer, RosterReport.Decision> decisions, Instant now, Instant stale) {
		return this.jdbc.update(
				"update roster_import set status = 'RUNNING', decisions = ?, heartbeat_at = ?, problem = null where id = ? and (status in ('PREVIEWED', 'INTERRUPTED') or (status = 'RUNNING' and heartbeat_at < ?))",
				decisions(decisions), Timestamp.from(now), id, Timestamp.from(stale)) == 1;
	}

	void advance(UUID id, RosterReport.Progress progress, Instant now) {
		this.jdbc.update(
				"update roster_import set done_rows = ?, created_count = ?, merged_count = ?, skipped_count = ?, unchanged_count = ?, invalid_count = ?, heartbeat_at = ? where id = ?",
				progress.done(), progress.created(), progress.merged(), progress.skipped(), progress.unchanged(),
				progress.invalid(), Timestamp.from(now), id);
	}

	void interrupt(UUID id, String problem) {
		this.jdbc.update("update roster_import set status = 'INTERRUPTED', problem = ? where id = ?", problem, id);
	}

	/** Completes an import and forgets its file, which holds private values. */
	void complete(UUID id) {
		this.jdbc.update("update roster_import set status = 'COMPLETED', content_sealed = null where id = ?", id);
	}

	Set<String> imported(List<String> keys) {
		if (keys.isEmpty()) {
			return Set.of();
		}
		Set<String> found = new java.util.HashSet<>();
		for (int from = 0; from < keys.size(); from += 1000) {
			List<String> chunk = keys.subList(from, Math.min(keys.size(), from + 1000));
			found.addAll(this.jdbc.queryForList("select row_key from roster_import_row where row_key = any (?)",
					String.class, (Object) chunk.toArray(String[]::new)));
		}
		return found;
	}

	void record(List<Object[]> rows) {
		this.jdbc.batchUpdate(
				"insert into roster_import_row (row_key, import_id, row_number, outcome, person_id, recorded_at) values (?, ?, ?, ?, ?, ?)",
				rows);
	}

	private static String mapping(Map<Integer, RosterColumn> mapping) {
		StringBuilder text = new StringBuilder();
		mapping.forEach((index, column) -> text.append(index).append(':').append(column.name()).append(','));
		return text.toString();
	}

	private static Map<Integer, RosterColumn> mapping(String text) {
		Map<Integer, RosterColumn> mapping = new LinkedHashMap<>();
		for (String pair : text.split(",")) {
			if (!pair.isEmpty()) {
				String[] parts = pair.split(":");
				mapping.put(Integer.parseInt(parts[0]), RosterColumn.valueOf(parts[1]));
			}
		}
		return mapping;
	}

	private static String decisions(Map<Integer, RosterReport.Decision> decisions) {
		StringBuilder text = new StringBuilder();
		decisions.forEach((row, decision) -> text.append(row).append(':').append(decision.name()).append(','));
		return text.toString();
	}

	private static Map<Integer, RosterReport.Decision> decisions(String text) {
		Map<Integer, RosterReport.Decision> decisions = new LinkedHashMap<>();
		for (String pair : text.split(",")) {
			if (!pair.isEmpty()) {
				String[] parts = pair.split(":");
				decisions.put(Integer.parseInt(parts[0]), RosterReport.Decision.valueOf(parts[1]));
			}
		}
		return decisions;
	}

	record Stored(UUID id, String fileName, String type, String sealed, Map<Integer, RosterColumn> mapping,
			Map<Integer, RosterReport.Decision> decisions, String status, RosterReport.Progress progress) {
	}

}
