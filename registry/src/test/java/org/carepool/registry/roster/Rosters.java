package org.carepool.registry.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds roster files for tests, the way coordinators fill them in.
 */
final class Rosters {

	private static final SecureRandom random = new SecureRandom();

	private Rosters() {
	}

	static String phone() {
		return "139" + String.format("%08d", random.nextInt(100_000_000));
	}

	/**
	 * A valid resident ID number of someone born in a year, female or male.
	 */
	static String residentId(int year, boolean male) {
		int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
		String body = "310107" + year + "0315" + String.format("%03d", sequence);
		return body + checkCharacter(body);
	}

	static char checkCharacter(String body) {
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * weights[i];
		}
		return "10X98765432".charAt(sum % 11);
	}

	/**
	 * An .xlsx with a header row and rows; a cell starting with {@code =} becomes a
	 * formula, a {@link Double} a number cell.
	 */
	static byte[] xlsx(List<String> headers, List<List<Object>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("名册");
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				header.createCell(i).setCellValue(headers.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> values = rows.get(r);
				for (int i = 0; i < values.size(); i++) {
					Object value = values.get(i);
					Cell cell = row.createCell(i);
					if (value instanceof Double number) {
						cell.setCellValue(number);
					}
					else if (value instanceof String text && text.startsWith("=")) {
						cell.setCellFormula(text.substring(1));
					}
					else if (value != null) {
						cell.setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
