package org.carepool.identity.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the RSA key that signs tokens from a PEM file, creating the file the first time,
 * so tokens stay valid across restarts.
 */
final class SigningKey {

	private static final Logger logger = LoggerFactory.getLogger(SigningKey.class);

	private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";

	private static final String END = "-----END PRIVATE KEY-----";

	private SigningKey() {
	}

	/**
	 * Returns the key stored at the given location, or a key kept in memory only when the
	 * location is blank.
	 */
	static RSAKey at(String location) {
		if (location == null || location.isBlank()) {
			logger.info("Signing tokens with a key kept in memory; tokens will not survive a restart");
			return jwk(generate());
		}
		return loadOrCreate(Path.of(location));
	}

	static RSAKey loadOrCreate(Path file) {
		try {
			if (Files.notExists(file)) {
				write(file, generate());
				logger.info("Created a new token signing key at {}", file.toAbsolutePath());
			}
			return jwk(read(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot use the signing key at " + file.toAbsolutePath(), ex);
		}
	}

	private static RSAPrivateCrtKey generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot generate an RSA key", ex);
		}
	}

	private static RSAPrivateCrtKey read(Path file) throws IOException {
		String pem = Files.readString(file, StandardCharsets.US_ASCII);
		int begin = pem.indexOf(BEGIN);
		int end = pem.indexOf(END);
		if (begin < 0 || end < begin) {
			throw new IllegalStateException("The signing key at " + file.toAbsolutePath()
					+ " is not a PEM PKCS#8 private key (convert one with 'openssl pkcs8 -topk8 -nocrypt')");
		}
		byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + BEGIN.length(), end));
		try {
			return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
		}
		catch (GeneralSecurityException | ClassCastException ex) {
			throw new IllegalStateException("The signing key at " + file.toAbsolutePath() + " is not an RSA key", ex);
		}
	}

	private static void write(Path file, RSAPrivateCrtKey key) throws IOException {
		Path directory = file.toAbsolutePath().getParent();
		Files.createDirectories(directory);
		String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
			.encodeToString(key.getEncoded());
		String pem = BEGIN + "\n" + body + "\n" + END + "\n";
		boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
		Path temporary = posix
				? Files.createTempFile(directory, ".signing-key", ".tmp",
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
				: Files.createTempFile(directory, ".signing-key", ".tmp");
		if (!posix) {
			temporary.toFile().setReadable(false, false);
			temporary.toFile().setReadable(true, true);
			temporary.toFile().setWritable(false, false);
			temporary.toFile().setWritable(true, true);
		}
		Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
		Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
	}

	private static RSAKey jwk(RSAPrivateCrtKey privateKey) {
		try {
			RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
				.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
			return new RSAKey.Builder(publicKey).privateKey(privateKey)
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyIDFromThumbprint()
				.build();
		}
		catch (GeneralSecurityException | JOSEException ex) {
			throw new IllegalStateException("Cannot derive the public signing key", ex);
		}
	}

}
