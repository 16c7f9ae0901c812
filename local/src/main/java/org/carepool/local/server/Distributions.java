package org.carepool.local.server;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server distributions unpacked once per version into a cache that every JVM of the same
 * user shares, with their file modes restored (Java's zip readers drop executable bits).
 */
public final class Distributions {

	private static final Logger log = LoggerFactory.getLogger(Distributions.class);

	private static final Set<PosixFilePermission> SHARED_DIRECTORY = PosixFilePermissions.fromString("rwxr-xr-x");

	private Distributions() {
	}

	/**
	 * A fact about the distributions this build uses, recorded by Maven at build time.
	 * @param name the property name, such as {@code elasticsearch.zip}
	 * @return its value
	 */
	public static String property(String name) {
		Properties properties = new Properties();
		try (InputStream in = Distributions.class.getResourceAsStream("/carepool-distributions.properties")) {
			if (in == null) {
				throw new IllegalStateException("carepool-distributions.properties is missing from the classpath");
			}
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String value = properties.getProperty(name);
		if (value == null || value.isBlank() || value.startsWith("@")) {
			throw new IllegalStateException("The build did not record '" + name
					+ "' in carepool-distributions.properties; rebuild with ./mvnw so Maven resolves the distributions.");
		}
		return value;
	}

	/**
	 * The cache directory of this user, readable by the server account.
	 * @return the directory, created if missing
	 */
	public static Path cache() {
		String user = ServerUser.isRoot() ? "root" : System.getProperty("user.name", "user");
		Path cache = Path.of(System.getProperty("java.io.tmpdir"), "carepool-" + user);
		try {
			Files.createDirectories(cache);
			Files.setPosixFilePermissions(cache, SHARED_DIRECTORY);
			return cache;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create the cache directory " + cache, ex);
		}
	}

	/**
	 * Unpacks an archive into the cache unless a complete copy is already there.
	 * @param name the directory name in the cache, which should include the version
	 * @param archive opens the archive's bytes
	 * @param format the archive's format
	 * @return the unpacked directory
	 */
	public static Path unpack(String name, ArchiveSource archive, Format format) {
		Path cache = cache();
		Path target = cache.resolve(name);
		Path complete = cache.resolve(name + ".complete");
		if (Files.exists(complete)) {
			return target;
		}
		try (FileChannel channel = FileChannel.open(cache.resolve(name + ".lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
			if (Files.exists(complete)) {
				return target;
			}
			log.info("Unpacking {} into {} (once per version)", name, target);
			Path staging = Files.createTempDirectory(cache, name + ".staging");
			try (InputStream in = new BufferedInputStream(archive.open())) {
				extract(format.open(in), staging);
			}
			deleteTree(target);
			Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
			Files.setPosixFilePermissions(target, SHARED_DIRECTORY);
			Files.createFile(complete);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not unpack " + name + " into " + target, ex);
		}
	}

	/**
	 * Deletes a directory tree if it exists.
	 * @param directory the tree to delete
	 */
	public static void deleteTree(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete " + directory, ex);
		}
	}

	private static void extract(ArchiveInputStream<?> entries, Path staging) throws IOException {
		Path root = staging.toAbsolutePath().normalize();
		ArchiveEntry entry;
		while ((entry = entries.getNextEntry()) != null) {
			Path path = root.resolve(entry.getName()).normalize();
			if (!path.startsWith(root)) {
				throw new IOException("Archive entry escapes the target directory: " + entry.getName());
			}
			if (entry.isDirectory()) {
				Files.createDirectories(path);
				continue;
			}
			Files.createDirectories(path.getParent());
			if (entry instanceof TarArchiveEntry tar && tar.isSymbolicLink()) {
				Files.createSymbolicLink(path, Path.of(tar.getLinkName()));
				continue;
			}
			Files.copy(entries, path, StandardCopyOption.REPLACE_EXISTING);
			Files.setPosixFilePermissions(path, permissions(mode(entry)));
		}
		try (Stream<Path> directories = Files.walk(root)) {
			for (Path directory : (Iterable<Path>) directories.filter(Files::isDirectory)::iterator) {
				Files.setPosixFilePermissions(directory, SHARED_DIRECTORY);
			}
		}
	}

	private static int mode(ArchiveEntry entry) {
		if (entry instanceof TarArchiveEntry tar) {
			return tar.getMode();
		}
		if (entry instanceof ZipArchiveEntry zip && zip.getUnixMode() != 0) {
			return zip.getUnixMode();
		}
		String name = entry.getName();
		return (name.contains("/bin/") && !name.endsWith(".bat") && !name.endsWith(".exe")) ? 0755 : 0644;
	}

	private static Set<PosixFilePermission> permissions(int mode) {
		Set<PosixFilePermission> permissions = EnumSet.of(PosixFilePermission.OWNER_READ,
				PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ, PosixFilePermission.OWNER_WRITE);
		if ((mode & 0111) != 0) {
			permissions.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
					PosixFilePermission.OTHERS_EXECUTE));
		}
		return permissions;
	}

	/**
	 * Opens the bytes of an archive.
	 */
	@FunctionalInterface
	public interface ArchiveSource {

		/**
		 * Opens the archive.
		 * @return a fresh stream of the archive's bytes
		 * @throws IOException if it cannot be read
		 */
		InputStream open() throws IOException;

	}

	/**
	 * The archive formats the distributions come in.
	 */
	public enum Format {

		/** A tar archive compressed with xz, as the PostgreSQL binaries are. */
		TAR_XZ {
			@Override
			ArchiveInputStream<?> open(InputStream in) throws IOException {
				return new TarArchiveInputStream(new XZCompressorInputStream(in));
			}
		},
		/** A tar archive compressed with gzip, as the Keycloak distribution is. */
		TAR_GZ {
			@Override
			ArchiveInputStream<?> open(InputStream in) throws IOException {
				return new TarArchiveInputStream(new GzipCompressorInputStream(in));
			}
		},
		/** A zip archive, as the Elasticsearch distribution is. */
		ZIP {
			@Override
			ArchiveInputStream<?> open(InputStream in) {
				return new ZipArchiveInputStream(in);
			}
		};

		abstract ArchiveInputStream<?> open(InputStream in) throws IOException;

	}

}
