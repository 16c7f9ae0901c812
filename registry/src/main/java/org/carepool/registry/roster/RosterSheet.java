package org.carepool.registry.roster;

import java.util.List;

/**
 * A roster as read from its file: the header row and the rows under it, each cell as text
 * with what kind of cell it was.
 *
 * @param headers the headers, by column index
 * @param rows the rows that are not empty
 */
record RosterSheet(List<String> headers, List<Row> rows) {

	/**
	 * A row.
	 *
	 * @param number the row's number as the spreadsheet shows it (the header is row 1)
	 * @param cells the cells, by column index
	 */
	record Row(int number, List<Cell> cells) {

		Cell cell(int index) {
			return (index < this.cells.size()) ? this.cells.get(index) : Cell.EMPTY;
		}

	}

	/**
	 * A cell's text and kind.
	 *
	 * @param text the text, stripped; empty for an empty cell
	 * @param kind what the cell held
	 */
	record Cell(String text, Kind kind) {

		static final Cell EMPTY = new Cell("", Kind.TEXT);

		boolean isEmpty() {
			return this.text.isEmpty() && this.kind != Kind.FORMULA;
		}

	}

	/**
	 * The kinds of cell that matter for trusting a value.
	 */
	enum Kind {

		/** Text, or anything read as text. */
		TEXT,
		/** A number Excel kept as a floating-point value. */
		NUMBER,
		/** A formula: neither evaluated nor its cached result trusted. */
		FORMULA

	}

}
