package org.carepool.local.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that hold passwords: readable and writable by their owner only ({@code 0600}).
 */
public final class SecretFiles {

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private SecretFiles() {
	}

	/**
	 * Writes a secret, creating the file owner-only and tightening an existing one.
	 * @param file the file
	 * @param content the secret
	 * @throws IOException if the file cannot be written
	 */
	public static void write(Path file, String content) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		if (!Files.exists(file) && posix()) {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		}
		restrict(file);
		Files.writeString(file, content, StandardCharsets.UTF_8);
	}

	/**
	 * Makes an existing file owner-only.
	 * @param file the file
	 * @throws IOException if its permissions cannot be changed
	 */
	public static void restrict(Path file) throws IOException {
		if (Files.exists(file) && posix()) {
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		}
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

}
