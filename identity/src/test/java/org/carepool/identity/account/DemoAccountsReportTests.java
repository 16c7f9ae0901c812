package org.carepool.identity.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DemoAccountsReport}.
 */
class DemoAccountsReportTests {

	@Test
	void listsEveryAccountWithThePasswordAndSaysItIsLocalOnly() {
		DemoAccountsReport report = new DemoAccountsReport(new Accounts(DemoAccounts.ALL),
				new DemoPassword("s3cret", false));

		String table = report.table();

		assertThat(table).contains("local development only")
			.contains("Password of every demo account: s3cret")
			.contains("street-coordinator  李华")
			.contains("changzheng-town")
			.contains("00000000-0000-4000-8000-0000000000f1")
			.contains("00000000-0000-4000-8000-000000000006");
	}

	@Test
	void alignsColumnsWhateverTheScript() {
		String table = new DemoAccountsReport(new Accounts(DemoAccounts.ALL), new DemoPassword("s3cret", true)).table();

		assertThat(table.lines().filter((line) -> line.contains("COORDINATOR") || line.contains("ADMIN")))
			.extracting((line) -> displayColumn(line, "0000"))
			.containsOnly(displayColumn(table.lines().filter((line) -> line.contains("sub")).findFirst().orElseThrow(),
					"sub"));
		assertThat(table).contains("generated for this run");
	}

	private static int displayColumn(String line, String text) {
		String before = line.substring(0, line.indexOf(text));
		return before.codePoints()
			.map((c) -> (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? 2 : 1)
			.sum();
	}

}
