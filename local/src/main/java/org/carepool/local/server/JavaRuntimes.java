package org.carepool.local.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Finds a Java runtime of at least a given version for a server that needs a newer Java
 * than the build's (Keycloak needs 21), the way tests find other servers: one named by
 * the environment wins; then the build's own Java; then {@code JAVA_HOME}; then the
 * newest installed under the usual directories.
 */
public final class JavaRuntimes {

	/** Names the Java home a server must run with. */
	public static final String VARIABLE = "CAREPOOL_SERVER_JAVA_HOME";

	private static final List<String> INSTALL_DIRECTORIES = List.of("/usr/lib/jvm", "/usr/java", "/opt/java", "/opt",
			"/Library/Java/JavaVirtualMachines");

	private JavaRuntimes() {
	}

	/**
	 * Finds a runtime for this machine.
	 * @param minimum the lowest feature version, such as 21
	 * @return the runtime
	 * @throws IllegalStateException with what to do when there is none
	 */
	public static JavaRuntime find(int minimum) {
		Path home = Path.of(System.getProperty("user.home", "/"));
		List<Path> directories = new ArrayList<>(INSTALL_DIRECTORIES.stream().map(Path::of).toList());
		directories.add(home.resolve(".sdkman/candidates/java"));
		directories.add(home.resolve(".jdks"));
		return find(minimum, System.getenv(), Path.of(System.getProperty("java.home")), directories);
	}

	/**
	 * Finds a runtime among the given places.
	 * @param minimum the lowest feature version
	 * @param environment the environment variables
	 * @param running the Java home of this JVM
	 * @param directories where Java runtimes are installed, each in a sub-directory
	 * @return the runtime
	 * @throws IllegalStateException with what to do when there is none
	 */
	public static JavaRuntime find(int minimum, Map<String, String> environment, Path running, List<Path> directories) {
		String named = environment.get(VARIABLE);
		if (named != null && !named.isBlank()) {
			JavaRuntime runtime = inspect(Path.of(named), VARIABLE)
				.orElseThrow(() -> new IllegalStateException(VARIABLE + "=" + named + " is not a Java home"));
			if (runtime.feature() < minimum) {
				throw new IllegalStateException(VARIABLE + " names Java " + runtime.version() + ", but Java " + minimum
						+ " or newer is needed");
			}
			return runtime;
		}
		Optional<JavaRuntime> own = inspect(running, "the build's own Java").filter((r) -> r.feature() >= minimum);
		if (own.isPresent()) {
			return own.get();
		}
		String javaHome = environment.get("JAVA_HOME");
		if (javaHome != null && !javaHome.isBlank()) {
			Optional<JavaRuntime> given = inspect(Path.of(javaHome), "JAVA_HOME").filter((r) -> r.feature() >= minimum);
			if (given.isPresent()) {
				return given.get();
			}
		}
		List<JavaRuntime> installed = new ArrayList<>();
		for (Path directory : directories) {
			if (!Files.isDirectory(directory)) {
				continue;
			}
			try (Stream<Path> candidates = Files.list(directory)) {
				candidates.sorted()
					.map((candidate) -> inspect(candidate, "found under " + directory)
						.or(() -> inspect(candidate.resolve("Contents/Home"), "found under " + directory)))
					.flatMap(Optional::stream)
					.filter((runtime) -> runtime.feature() >= minimum)
					.forEach(installed::add);
			}
			catch (IOException ex) {
				// An unreadable directory holds nothing we can use.
			}
		}
		return installed.stream()
			.max(Comparator.comparingInt(JavaRuntime::feature))
			.orElseThrow(() -> new IllegalStateException("Java " + minimum + " or newer is needed, but the build runs "
					+ inspect(running, "").map(JavaRuntime::version).orElse("an unknown Java")
					+ " and none was found in JAVA_HOME or " + directories
					+ ". Install one (such as Temurin 21 or 25), " + "or name it with " + VARIABLE + "."));
	}

	/**
	 * Reads a Java home's {@code release} file.
	 * @param home the directory
	 * @param how how it was found, for the log
	 * @return the runtime, or empty when the directory holds none
	 */
	static Optional<JavaRuntime> inspect(Path home, String how) {
		Path release = home.resolve("release");
		if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/java"))) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(release)) {
			properties.load(in);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "").trim();
		if (version.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new JavaRuntime(home.toAbsolutePath().normalize(), version, how));
	}

	/**
	 * A Java runtime.
	 *
	 * @param home its Java home
	 * @param version its version, such as {@code 25.0.1}
	 * @param how how it was found
	 */
	public record JavaRuntime(Path home, String version, String how) {

		/**
		 * The feature release.
		 * @return such as 21 or 25 ({@code 1.8} is 8)
		 */
		public int feature() {
			String[] parts = this.version.split("[.+_-]");
			try {
				int first = Integer.parseInt(parts[0]);
				return (first == 1 && parts.length > 1) ? Integer.parseInt(parts[1]) : first;
			}
			catch (NumberFormatException ex) {
				return 0;
			}
		}

		/**
		 * The {@code java} launcher.
		 * @return its path
		 */
		public Path java() {
			return this.home.resolve("bin/java");
		}

		@Override
		public String toString() {
			return "Java " + this.version + " at " + this.home + " (" + this.how + ")";
		}

	}

}
