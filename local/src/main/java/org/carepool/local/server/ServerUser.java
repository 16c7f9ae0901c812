package org.carepool.local.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The account that server processes run as: the current user, or {@code nobody} when the
 * JVM runs as root, because PostgreSQL and Elasticsearch both refuse to run as root.
 */
public final class ServerUser {

	private static final List<String> SETPRIV = List.of("/usr/bin/setpriv", "/bin/setpriv");

	private static final List<String> RUNUSER = List.of("/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser");

	private ServerUser() {
	}

	/**
	 * Whether this JVM runs as root, so servers must be handed to an unprivileged
	 * account.
	 * @return {@code true} for uid 0
	 */
	public static boolean isRoot() {
		try {
			Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
			return Integer.valueOf(0).equals(uid);
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
			return "root".equals(System.getProperty("user.name"));
		}
	}

	/**
	 * The command line that runs {@code command} as the server account.
	 * @param command the server's own command line
	 * @return the command, wrapped so that it drops root privileges where needed
	 */
	public static List<String> command(List<String> command) {
		if (!isRoot()) {
			return command;
		}
		List<String> wrapped = new ArrayList<>();
		String setpriv = firstExecutable(SETPRIV);
		String runuser = firstExecutable(RUNUSER);
		if (setpriv != null) {
			wrapped
				.addAll(List.of(setpriv, "--reuid=nobody", "--regid=" + unprivilegedGroup(), "--clear-groups", "--"));
		}
		else if (runuser != null) {
			wrapped.addAll(List.of(runuser, "-u", "nobody", "--"));
		}
		else {
			throw new IllegalStateException("""
					The build runs as root, but PostgreSQL and Elasticsearch refuse to run as root and neither \
					'setpriv' nor 'runuser' (package util-linux) was found to start them as 'nobody'. \
					Install util-linux, run the build as a regular user, or point the tests at running servers \
					with CAREPOOL_POSTGRES_URL and CAREPOOL_ELASTICSEARCH_URL.""");
		}
		wrapped.addAll(command);
		return wrapped;
	}

	/**
	 * Gives a directory tree to the server account, so an unprivileged server may write
	 * in it.
	 * @param directory the directory to hand over, recursively
	 */
	public static void handOver(Path directory) {
		if (!isRoot()) {
			return;
		}
		try {
			UserPrincipalLookupService lookup = FileSystems.getDefault().getUserPrincipalLookupService();
			UserPrincipal nobody = lookup.lookupPrincipalByName("nobody");
			GroupPrincipal group = lookup.lookupPrincipalByGroupName(unprivilegedGroup());
			try (Stream<Path> paths = Files.walk(directory)) {
				for (Path path : (Iterable<Path>) paths::iterator) {
					PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class,
							LinkOption.NOFOLLOW_LINKS);
					view.setOwner(nobody);
					view.setGroup(group);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not hand " + directory + " over to the account 'nobody'", ex);
		}
	}

	private static String unprivilegedGroup() {
		try {
			FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByGroupName("nogroup");
			return "nogroup";
		}
		catch (IOException ex) {
			return "nobody";
		}
	}

	private static String firstExecutable(List<String> candidates) {
		return candidates.stream()
			.filter((candidate) -> Files.isExecutable(Path.of(candidate)))
			.findFirst()
			.orElse(null);
	}

}
