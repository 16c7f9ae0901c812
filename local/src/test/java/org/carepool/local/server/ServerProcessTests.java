package org.carepool.local.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ServerProcess}.
 */
class ServerProcessTests {

	@TempDir
	Path directory;

	@Test
	void stopsServersOneAtATimeTheLastStartedFirstWhenTheJvmExits() throws Exception {
		Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), ThreeServers.class.getName(), this.directory.toString())
			.redirectErrorStream(true)
			.redirectOutput(this.directory.resolve("jvm.log").toFile())
			.start();
		assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).as("the JVM exits").isTrue();
		assertThat(jvm.exitValue()).as(Files.readString(this.directory.resolve("jvm.log"))).isZero();
		assertThat(Files.readAllLines(this.directory.resolve("stopped"))).containsExactly("second stopping",
				"second stopped", "third stopping", "third stopped", "first stopping", "first stopped");
	}

	/**
	 * Starts three servers, stops the second and exits, leaving the others to the
	 * shutdown hook.
	 */
	static final class ThreeServers {

		public static void main(String[] arguments) {
			Path directory = Path.of(arguments[0]);
			server(directory, "first");
			ServerProcess second = server(directory, "second");
			server(directory, "third");
			second.stop();
		}

		/**
		 * A program that takes a moment to stop and writes when it starts and ends
		 * stopping, so that servers stopping at the same time would interleave.
		 */
		private static ServerProcess server(Path directory, String name) {
			Path ready = directory.resolve(name + ".ready");
			Path stopped = directory.resolve("stopped");
			String script = "trap 'echo " + name + " stopping >> " + stopped + "; sleep 0.5; echo " + name
					+ " stopped >> " + stopped + "; exit 0' TERM; touch " + ready + "; while true; do sleep 0.05; done";
			ServerProcess server = ServerProcess.startAsCurrentUser(name, List.of("/bin/sh", "-c", script), Map.of(),
					directory.resolve(name + ".log"));
			server.awaitReady(() -> Files.exists(ready), Duration.ofSeconds(10));
			return server;
		}

	}

}
