package org.carepool.local.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.carepool.local.server.JavaRuntimes.JavaRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link JavaRuntimes}: finding a Java new enough for a server.
 */
class JavaRuntimesTests {

	@TempDir
	Path machine;

	@Test
	void takesTheNewestInstalledRuntimeWhenTheBuildsJavaIsTooOld() throws IOException {
		Path running = jdk("jdk-17", "17.0.15");
		Path jvm = Files.createDirectories(this.machine.resolve("jvm"));
		jdk("jvm/temurin-21", "21.0.8");
		jdk("jvm/temurin-25", "25.0.1");
		jdk("jvm/openjdk-11", "11.0.2");
		Files.createDirectories(jvm.resolve("not-a-jdk"));

		JavaRuntime found = JavaRuntimes.find(21, Map.of(), running, List.of(jvm));

		assertThat(found.feature()).isEqualTo(25);
		assertThat(found.home()).isEqualTo(jvm.resolve("temurin-25"));
		assertThat(found.toString()).contains("Java 25.0.1").contains("found under " + jvm);
	}

	@Test
	void takesTheBuildsOwnJavaWhenItIsNewEnough() throws IOException {
		Path running = jdk("jdk-21", "21.0.8");
		jdk("jvm/temurin-25", "25.0.1");

		JavaRuntime found = JavaRuntimes.find(21, Map.of(), running, List.of(this.machine.resolve("jvm")));

		assertThat(found.home()).isEqualTo(running);
		assertThat(found.how()).isEqualTo("the build's own Java");
	}

	@Test
	void aRuntimeNamedByTheEnvironmentWins() throws IOException {
		Path running = jdk("jdk-25", "25.0.1");
		Path named = jdk("named-21", "21.0.2");

		JavaRuntime found = JavaRuntimes.find(21, Map.of("CAREPOOL_SERVER_JAVA_HOME", named.toString()), running,
				List.of());

		assertThat(found.home()).isEqualTo(named);
		assertThat(found.how()).isEqualTo("CAREPOOL_SERVER_JAVA_HOME");
	}

	@Test
	void refusesANamedRuntimeThatIsTooOld() throws IOException {
		Path named = jdk("named-17", "17.0.15");

		assertThatIllegalStateException().isThrownBy(
				() -> JavaRuntimes.find(21, Map.of("CAREPOOL_SERVER_JAVA_HOME", named.toString()), named, List.of()))
			.withMessageContaining("Java 17.0.15")
			.withMessageContaining("21 or newer");
	}

	@Test
	void usesJavaHomeBeforeSearching() throws IOException {
		Path running = jdk("jdk-17", "17.0.15");
		Path javaHome = jdk("home-21", "21.0.8");
		jdk("jvm/temurin-25", "25.0.1");

		assertThat(JavaRuntimes
			.find(21, Map.of("JAVA_HOME", javaHome.toString()), running, List.of(this.machine.resolve("jvm")))
			.home()).isEqualTo(javaHome);
	}

	@Test
	void saysWhatToDoWhenThereIsNone() throws IOException {
		Path running = jdk("jdk-17", "17.0.15");

		assertThatIllegalStateException()
			.isThrownBy(() -> JavaRuntimes.find(21, Map.of(), running, List.of(this.machine.resolve("jvm"))))
			.withMessageContaining("Java 21 or newer is needed")
			.withMessageContaining("runs 17.0.15")
			.withMessageContaining("CAREPOOL_SERVER_JAVA_HOME");
	}

	@Test
	void readsOldStyleVersions() {
		assertThat(new JavaRuntime(Path.of("/"), "1.8.0_402", "").feature()).isEqualTo(8);
		assertThat(new JavaRuntime(Path.of("/"), "25", "").feature()).isEqualTo(25);
	}

	private Path jdk(String name, String version) throws IOException {
		Path home = Files.createDirectories(this.machine.resolve(name));
		Files.createDirectories(home.resolve("bin"));
		Path java = Files.createFile(home.resolve("bin/java"));
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
		return home;
	}

}
