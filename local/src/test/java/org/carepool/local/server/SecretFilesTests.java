package org.carepool.local.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SecretFiles}: password files are readable by their owner only.
 */
class SecretFilesTests {

	@TempDir
	Path directory;

	@Test
	void writesASecretReadableByItsOwnerOnly() throws Exception {
		Path file = this.directory.resolve("identity/demo-password");
		SecretFiles.write(file, "demo-123");
		assertThat(Files.readString(file)).isEqualTo("demo-123");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void tightensAWorldReadableSecret() throws Exception {
		Path file = Files.writeString(this.directory.resolve("carepool-credentials.properties"), "a=b");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		SecretFiles.restrict(file);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		SecretFiles.write(file, "a=c");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

}
