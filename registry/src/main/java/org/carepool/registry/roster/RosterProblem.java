package org.carepool.registry.roster;

/**
 * One thing wrong with a cell (or a row) of a roster, with a suggestion where there is a
 * likely one.
 *
 * @param row the row number as the spreadsheet shows it
 * @param column the column, or {@code null} for the row as a whole
 * @param code the message code
 * @param suggestion the nearest known value, or {@code null}
 * @param argument a value the message names (such as the other row), or {@code null}
 */
record RosterProblem(int row, RosterColumn column, String code, String suggestion, String argument) {

	static RosterProblem of(int row, RosterColumn column, String code) {
		return new RosterProblem(row, column, code, null, null);
	}

}
