package org.carepool.local.run;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link LocalRunOptions} and the command lines {@link LocalRun} starts the
 * applications with.
 */
class LocalRunOptionsTests {

	private static final Path PROJECT = Path.of("/tmp/carepool-project");

	@Test
	void bindsTheApplicationsToLoopbackUnlessToldOtherwise() {
		LocalRunOptions options = LocalRunOptions.parse(new String[0], PROJECT);
		assertThat(options.address()).isEqualTo("127.0.0.1");
		assertThat(new LocalRun(options).command("registry", Path.of("registry.jar")))
			.contains("--server.address=127.0.0.1", "--server.port=8081");
	}

	@Test
	void bindsWhereTold() {
		LocalRunOptions options = LocalRunOptions.parse(new String[] { "--address=0.0.0.0" }, PROJECT);
		assertThat(new LocalRun(options).command("identity", Path.of("identity.jar")))
			.contains("--server.address=0.0.0.0");
	}

	@Test
	void refusesAnEmptyAddress() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LocalRunOptions.parse(new String[] { "--address=" }, PROJECT));
	}

}
