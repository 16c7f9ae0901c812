package org.carepool.local.server;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.carepool.local.elasticsearch.LocalElasticsearch;
import org.carepool.local.postgres.LocalPostgres;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the shared test servers a module names in the system property
 * {@code carepool.test.prestart} ({@code postgres}, {@code elasticsearch}, comma
 * separated; {@code none} or nothing: none) in the background as soon as its test JVM
 * starts, so they boot while the first tests run rather than when a test first asks for
 * them. A test still gets them through {@link LocalPostgres#shared()} and
 * {@link LocalElasticsearch#shared()}, which wait for a start under way; a start that
 * fails here is tried again there, and fails that test with its cause. Without the
 * property nothing starts early.
 */
public class ServerPrestart implements LauncherSessionListener {

	/** The system property naming the servers to start early. */
	public static final String PROPERTY = "carepool.test.prestart";

	private static final Logger log = LoggerFactory.getLogger(ServerPrestart.class);

	private static boolean started;

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		start(System.getProperty(PROPERTY, ""));
	}

	static synchronized List<String> start(String servers) {
		List<String> named = Arrays.stream(servers.split(","))
			.map((server) -> server.strip().toLowerCase(Locale.ROOT))
			.filter((server) -> !server.isEmpty() && !server.equals("none"))
			.toList();
		if (started || named.isEmpty()) {
			return List.of();
		}
		started = true;
		for (String server : named) {
			Runnable start = switch (server) {
				case "postgres" -> LocalPostgres::shared;
				case "elasticsearch" -> LocalElasticsearch::shared;
				default -> throw new IllegalArgumentException(
						"Unknown server '" + server + "' in " + PROPERTY + " (postgres, elasticsearch)");
			};
			Thread thread = new Thread(() -> {
				try {
					start.run();
				}
				catch (RuntimeException ex) {
					log.warn("Could not start {} early; the first test that needs it tries again: {}", server,
							ex.toString());
				}
			}, "prestart-" + server);
			thread.setDaemon(true);
			thread.start();
		}
		log.info("Starting {} in the background for this module's tests", String.join(" and ", named));
		return named;
	}

}
