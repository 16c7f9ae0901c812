package org.carepool.identity.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Prints the demo accounts and their password once the issuer is ready, so a developer
 * can sign in.
 */
class DemoAccountsReport implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger logger = LoggerFactory.getLogger(DemoAccountsReport.class);

	private final Accounts accounts;

	private final DemoPassword password;

	DemoAccountsReport(Accounts accounts, DemoPassword password) {
		this.accounts = accounts;
		this.password = password;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		logger.info("{}", table());
	}

	String table() {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("username", "name", "roles", "street", "org", "sub"));
		for (Account account : this.accounts.all()) {
			rows.add(List.of(account.username(), account.displayName(), String.join(",", account.roleNames()),
					Objects.requireNonNullElse(account.street(), "-"),
					(account.org() != null) ? account.org().toString() : "-", account.sub().toString()));
		}
		int[] widths = new int[rows.get(0).size()];
		rows.forEach((row) -> {
			for (int column = 0; column < widths.length; column++) {
				widths[column] = Math.max(widths[column], displayWidth(row.get(column)));
			}
		});
		StringBuilder table = new StringBuilder();
		table.append("\n\nDemo accounts of the 'local' profile (for local development only, never in production):\n\n");
		rows.forEach((row) -> {
			StringJoiner line = new StringJoiner("  ", "    ", "\n");
			for (int column = 0; column < widths.length; column++) {
				String cell = row.get(column);
				line.add(cell + " ".repeat(widths[column] - displayWidth(cell)));
			}
			table.append(line.toString().stripTrailing()).append('\n');
		});
		table.append("\n    Password of every demo account: ").append(this.password.value());
		table.append(this.password.generated()
				? "  (generated for this run; set carepool.identity.demo-password to fix it)" : "");
		return table.append("\n").toString();
	}

	/**
	 * Han characters take two columns in a terminal, so the table stays aligned.
	 */
	private static int displayWidth(String text) {
		return text.codePoints()
			.map((codePoint) -> (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) ? 2 : 1)
			.sum();
	}

}
