package org.carepool.registry.roster;

import java.util.List;
import java.util.UUID;

/**
 * What a coordinator sees of a roster before and while it is imported: how its columns
 * were understood, every problem by row and cell in the reader's language, the duplicates
 * with the choice made for each, and the progress.
 *
 * @param id the import's id
 * @param fileName the file's name
 * @param status {@code PREVIEWED}, {@code RUNNING}, {@code INTERRUPTED} or
 * {@code COMPLETED}
 * @param columns the file's columns and what each was taken for
 * @param rows the number of rows under the header
 * @param ready rows that will be registered as new people
 * @param invalid rows with problems, which are not imported
 * @param alreadyImported rows an earlier import already brought in
 * @param problems the problems, by row and cell (at most {@code problemLimit})
 * @param problemCount how many problems there are in all
 * @param duplicates rows whose person is already registered
 * @param progress how far the import is
 */
public record RosterReport(UUID id, String fileName, String status, List<Column> columns, int rows, int ready,
		int invalid, int alreadyImported, List<Problem> problems, int problemCount, List<Duplicate> duplicates,
		Progress progress) {

	/**
	 * A column of the file.
	 *
	 * @param index the column's index, from 0
	 * @param header the header as written
	 * @param column what it was taken for, or {@code null} when ignored
	 */
	public record Column(int index, String header, RosterColumn column) {
	}

	/**
	 * A problem in a cell or row.
	 *
	 * @param row the row number as the spreadsheet shows it
	 * @param column the column, or {@code null} for the whole row
	 * @param header the column's header as written in the file
	 * @param code the problem's stable code
	 * @param message the problem, in the reader's language
	 * @param suggestion the nearest known value, if any
	 */
	public record Problem(int row, RosterColumn column, String header, String code, String message, String suggestion) {
	}

	/**
	 * A row whose person is already registered.
	 *
	 * @param row the row number
	 * @param field {@code phone} or {@code residentId}
	 * @param existing the registered person, when the caller may merge into them
	 * @param existingName their name, when the caller may merge into them
	 * @param decision {@code SKIP} or {@code MERGE}
	 */
	public record Duplicate(int row, String field, UUID existing, String existingName, Decision decision) {
	}

	/**
	 * How far an import is.
	 *
	 * @param done rows dealt with
	 * @param total rows in all
	 * @param created people registered
	 * @param merged rows merged into registered people
	 * @param skipped duplicate rows skipped
	 * @param unchanged rows an earlier import already brought in
	 * @param invalid rows not imported because of problems
	 * @param problem why the import stopped, if it did
	 */
	public record Progress(int done, int total, int created, int merged, int skipped, int unchanged, int invalid,
			String problem) {
	}

	/**
	 * What to do with a row whose person is already registered.
	 */
	public enum Decision {

		/** Leave the registered person as they are. */
		SKIP,
		/** Add what the row has to the registered person. */
		MERGE

	}

}
