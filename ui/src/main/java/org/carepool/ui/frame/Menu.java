package org.carepool.ui.frame;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The menu a role sees: only what it may do.
 */
public final class Menu {

	private Menu() {
	}

	/**
	 * The entries for a set of roles.
	 * @param roles the Carepool roles, such as {@code COORDINATOR}
	 * @return the entries in order
	 */
	public static List<Entry> forRoles(Collection<String> roles) {
		boolean coordinator = roles.contains("COORDINATOR") || roles.contains("STREET_COORDINATOR");
		List<Entry> entries = new ArrayList<>();
		entries.add(new Entry("home", "/"));
		if (coordinator || roles.contains("ADMIN")) {
			entries.add(new Entry("people", "/people"));
		}
		if (coordinator) {
			entries.add(new Entry("queues", "/queues"));
		}
		if (coordinator || roles.contains("PARTNER")) {
			entries.add(new Entry("requests", "/requests"));
		}
		if (coordinator) {
			entries.add(new Entry("roster", "/roster"));
		}
		if (roles.contains("EXPERT") || roles.contains("VOLUNTEER")) {
			entries.add(new Entry("work", "/work"));
			entries.add(new Entry("profile", "/profile"));
		}
		if (roles.contains("PARTNER")) {
			entries.add(new Entry("portal", "/portal"));
		}
		if (roles.contains("EXPERT") || roles.contains("VOLUNTEER")) {
			entries.add(new Entry("linkAccount", "/link-account"));
		}
		return entries;
	}

	/**
	 * One menu entry.
	 *
	 * @param key the message key under {@code menu.}
	 * @param path where it leads
	 */
	public record Entry(String key, String path) {
	}

}
