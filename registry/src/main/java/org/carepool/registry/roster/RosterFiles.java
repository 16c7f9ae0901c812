package org.carepool.registry.roster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carepool.registry.taxonomy.Taxonomy;

import org.springframework.stereotype.Component;

/**
 * Reads rosters from .xlsx (Apache POI) and .csv (Apache Commons CSV) files, and writes
 * the template. Formulas are never evaluated and embedded objects never opened: a formula
 * cell is read as a formula, whatever result it claims.
 */
@Component
class RosterFiles {

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private static final Charset GB18030 = Charset.forName("GB18030");

	private final RosterProperties properties;

	private final Taxonomy taxonomy;

	RosterFiles(RosterProperties properties, Taxonomy taxonomy) {
		this.properties = properties;
		this.taxonomy = taxonomy;
	}

	/**
	 * The type of a roster file, by its content (the name only tells a CSV from other
	 * text).
	 */
	String type(String fileName, byte[] content) {
		if (content.length == 0) {
			throw new RosterRefused("empty");
		}
		if (content.length > this.properties.maxFileSize().toBytes()) {
			throw new RosterRefused("too-large", this.properties.maxFileSize().toMegabytes());
		}
		String name = (fileName != null) ? fileName.toLowerCase(Locale.ROOT) : "";
		if (startsWith(content, ZIP)) {
			if (!name.endsWith(".xlsx")) {
				throw new RosterRefused("type");
			}
			return "xlsx";
		}
		if (startsWith(content, OLE)) {
			// The old binary .xls format: asked to be saved as .xlsx rather than parsed.
			throw new RosterRefused("xls");
		}
		if (name.endsWith(".csv") && !containsNul(content)) {
			return "csv";
		}
		throw new RosterRefused("type");
	}

	RosterSheet read(String type, byte[] content) {
		RosterSheet sheet = "xlsx".equals(type) ? readWorkbook(content) : readCsv(content);
		if (sheet.headers().stream().allMatch(String::isBlank)) {
			throw new RosterRefused("no-header");
		}
		if (sheet.rows().size() > this.properties.maxRows()) {
			throw new RosterRefused("too-many-rows", this.properties.maxRows());
		}
		return sheet;
	}

	private RosterSheet readWorkbook(byte[] content) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() == 0) {
				throw new RosterRefused("no-header");
			}
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			List<String> headers = new ArrayList<>();
			List<RosterSheet.Row> rows = new ArrayList<>();
			boolean headerSeen = false;
			for (Row row : sheet) {
				List<RosterSheet.Cell> cells = new ArrayList<>();
				short last = row.getLastCellNum();
				for (int i = 0; i < last; i++) {
					cells.add(cell(row.getCell(i), formatter));
				}
				if (cells.stream().allMatch(RosterSheet.Cell::isEmpty)) {
					continue;
				}
				if (!headerSeen) {
					cells.forEach((cell) -> headers.add(cell.text()));
					headerSeen = true;
				}
				else {
					rows.add(new RosterSheet.Row(row.getRowNum() + 1, cells));
				}
				if (rows.size() > this.properties.maxRows()) {
					throw new RosterRefused("too-many-rows", this.properties.maxRows());
				}
			}
			return new RosterSheet(headers, rows);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof RosterRefused refused) {
				throw refused;
			}
			throw new RosterRefused("damaged");
		}
	}

	private static RosterSheet.Cell cell(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return RosterSheet.Cell.EMPTY;
		}
		CellType type = cell.getCellType();
		if (type == CellType.FORMULA) {
			return new RosterSheet.Cell("", RosterSheet.Kind.FORMULA);
		}
		if (type == CellType.NUMERIC) {
			if (DateUtil.isCellDateFormatted(cell)) {
				return new RosterSheet.Cell(cell.getLocalDateTimeCellValue().toLocalDate().toString(),
						RosterSheet.Kind.TEXT);
			}
			double value = cell.getNumericCellValue();
			String text = (value == Math.rint(value)) ? java.math.BigDecimal.valueOf(value).toBigInteger().toString()
					: formatter.formatCellValue(cell);
			return new RosterSheet.Cell(text, RosterSheet.Kind.NUMBER);
		}
		return new RosterSheet.Cell(formatter.formatCellValue(cell).strip(), RosterSheet.Kind.TEXT);
	}

	private RosterSheet readCsv(byte[] content) {
		String text = decode(content);
		CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
		try (Reader reader = new java.io.StringReader(text); CSVParser parser = format.parse(reader)) {
			List<String> headers = new ArrayList<>();
			List<RosterSheet.Row> rows = new ArrayList<>();
			int number = 0;
			for (CSVRecord record : parser) {
				number++;
				List<RosterSheet.Cell> cells = new ArrayList<>();
				record.forEach((value) -> cells.add(new RosterSheet.Cell(value.strip(), RosterSheet.Kind.TEXT)));
				if (cells.stream().allMatch(RosterSheet.Cell::isEmpty)) {
					continue;
				}
				if (headers.isEmpty()) {
					cells.forEach((cell) -> headers.add(cell.text()));
				}
				else {
					rows.add(new RosterSheet.Row(number, cells));
				}
				if (rows.size() > this.properties.maxRows()) {
					throw new RosterRefused("too-many-rows", this.properties.maxRows());
				}
			}
			return new RosterSheet(headers, rows);
		}
		catch (IOException | java.io.UncheckedIOException | IllegalStateException ex) {
			throw new RosterRefused("damaged");
		}
	}

	// Excel saves CSV in UTF-8 (with a byte order mark) or, on Chinese Windows, in GBK.
	private static String decode(byte[] content) {
		int start = (content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
				&& content[2] == (byte) 0xBF) ? 3 : 0;
		ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes)
				.toString();
		}
		catch (CharacterCodingException ex) {
			try {
				return GB18030.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(content))
					.toString();
			}
			catch (CharacterCodingException notGbk) {
				throw new RosterRefused("encoding");
			}
		}
	}

	/**
	 * The template: the headers in Chinese, an example row, and the codes of streets and
	 * skills on a second sheet.
	 */
	byte[] template() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet roster = workbook.createSheet("人员名册");
			Row header = roster.createRow(0);
			RosterColumn[] columns = RosterColumn.values();
			org.apache.poi.ss.usermodel.CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			for (int i = 0; i < columns.length; i++) {
				header.createCell(i).setCellValue(columns[i].header());
				// Text columns, so that Excel keeps 18-digit ID numbers and leading
				// zeros.
				roster.setDefaultColumnStyle(i, text);
				roster.setColumnWidth(i, 18 * 256);
			}
			String[] example = { "陈静", "女", "1982", "", "13800138000", "", "长寿路街道", "长寿路街道", "心理咨询(4)、哀伤辅导(3)", "心理咨询师",
					"专家", "普陀区精神卫生中心", "主治医师" };
			Row row = roster.createRow(1);
			for (int i = 0; i < example.length; i++) {
				row.createCell(i).setCellValue(example[i]);
			}
			Sheet codes = workbook.createSheet("代码表");
			Row codesHeader = codes.createRow(0);
			codesHeader.createCell(0).setCellValue("街镇");
			codesHeader.createCell(1).setCellValue("街镇代码");
			codesHeader.createCell(3).setCellValue("专长/技能");
			codesHeader.createCell(4).setCellValue("技能代码");
			int r = 1;
			for (Taxonomy.Street street : this.taxonomy.streets().values()) {
				Row line = codes.createRow(r++);
				line.createCell(0).setCellValue(street.nameZh());
				line.createCell(1).setCellValue(street.code());
			}
			r = 1;
			for (Taxonomy.Skill skill : this.taxonomy.skills().values()) {
				Row line = (codes.getRow(r) != null) ? codes.getRow(r) : codes.createRow(r);
				r++;
				line.createCell(3).setCellValue(skill.nameZh());
				line.createCell(4).setCellValue(skill.code());
			}
			codes.setColumnWidth(0, 20 * 256);
			codes.setColumnWidth(3, 20 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean containsNul(byte[] content) {
		int n = Math.min(content.length, 8192);
		for (int i = 0; i < n; i++) {
			if (content[i] == 0) {
				return true;
			}
		}
		return false;
	}

}
