package org.carepool.local.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a Docker engine answers, so tests can use containers: first a quick look for
 * any sign of one (so a machine without Docker is told at once and quietly), then
 * Testcontainers' own check.
 */
final class DockerEngine {

	private DockerEngine() {
	}

	/**
	 * Why no Docker engine can be used here.
	 * @return the reason, or empty when one answers
	 */
	static Optional<String> unavailable() {
		try {
			Class.forName("org.testcontainers.DockerClientFactory", false, DockerEngine.class.getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			return Optional.of("Testcontainers is not on this module's test class path");
		}
		Optional<String> signs = noSignOfDocker(System.getenv(), Path.of(System.getProperty("user.home", "/")));
		if (signs.isPresent()) {
			return signs;
		}
		return org.carepool.local.containers.Containers.dockerUnavailable();
	}

	/**
	 * Looks for the places a Docker engine is announced: {@code DOCKER_HOST}, the
	 * Testcontainers settings file, and the usual sockets.
	 * @param environment the environment variables
	 * @param home the user's home directory
	 * @return why there is no Docker engine, or empty when there may be one
	 */
	static Optional<String> noSignOfDocker(Map<String, String> environment, Path home) {
		if (environment.containsKey("DOCKER_HOST") || environment.containsKey("TESTCONTAINERS_HOST_OVERRIDE")
				|| Files.exists(home.resolve(".testcontainers.properties"))) {
			return Optional.empty();
		}
		List<Path> sockets = new ArrayList<>(List.of(Path.of("/var/run/docker.sock"),
				home.resolve(".docker/run/docker.sock"), home.resolve(".docker/desktop/docker.sock")));
		String runtime = environment.get("XDG_RUNTIME_DIR");
		if (runtime != null) {
			sockets.add(Path.of(runtime, "docker.sock"));
		}
		if (sockets.stream().anyMatch(Files::exists)) {
			return Optional.empty();
		}
		return Optional.of("no Docker engine answers here (no DOCKER_HOST, no " + sockets.get(0) + ")");
	}

}
