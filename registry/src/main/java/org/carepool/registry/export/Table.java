package org.carepool.registry.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table written row by row to a stream, never held whole: CSV through Apache Commons
 * CSV, .xlsx through POI's streaming workbook (a window of rows in memory, the rest on
 * disk). Cells that a spreadsheet would take for a formula are neutralised.
 */
abstract class Table implements AutoCloseable {

	static Table of(ExportFormat format, OutputStream out, String sheetName) {
		return (format == ExportFormat.CSV) ? new Csv(out) : new Xlsx(out, sheetName);
	}

	abstract void row(List<String> cells);

	@Override
	public abstract void close();

	/**
	 * A value a spreadsheet shows as text: one that starts like a formula (=, +, -, @, a
	 * tab or a carriage return) is prefixed with an apostrophe (OWASP's CSV injection
	 * advice).
	 */
	static String neutralise(String value) {
		if (value == null || value.isEmpty()) {
			return (value != null) ? value : "";
		}
		char first = value.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + value : value;
	}

	private static final class Csv extends Table {

		private final CSVPrinter printer;

		Csv(OutputStream out) {
			try {
				out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
				this.printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
						CSVFormat.EXCEL.builder().get());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		void row(List<String> cells) {
			try {
				this.printer.printRecord(cells.stream().map(Table::neutralise).toList());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void close() {
			try {
				this.printer.close(true);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	private static final class Xlsx extends Table {

		static {
			// POI's default spills rows to one shared /tmp/poifiles, which fails when
			// another
			// account created it first; this process keeps its own, readable by it alone.
			try {
				TempFile.setTempFileCreationStrategy(
						new DefaultTempFileCreationStrategy(Files.createTempDirectory("carepool-poi-").toFile()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);

		private final Sheet sheet;

		private final OutputStream out;

		private int next;

		Xlsx(OutputStream out, String sheetName) {
			this.out = out;
			this.workbook.setCompressTempFiles(true);
			this.sheet = this.workbook.createSheet(sheetName);
		}

		@Override
		void row(List<String> cells) {
			Row row = this.sheet.createRow(this.next++);
			for (int i = 0; i < cells.size(); i++) {
				// Always a string cell: nothing written is ever a formula.
				row.createCell(i).setCellValue(neutralise(cells.get(i)));
			}
		}

		@Override
		public void close() {
			try {
				this.workbook.write(this.out);
				this.out.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			finally {
				this.workbook.dispose();
				try {
					this.workbook.close();
				}
				catch (IOException ex) {
					// The file was written; only the temporary files' cleanup failed.
				}
			}
		}

	}

}
