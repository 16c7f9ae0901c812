package org.carepool.registry.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Seals private values at rest with AES-256-GCM, bound to the record and field they
 * belong to, tagged with the id of the key so keys can rotate; and computes the keyed
 * hash (blind index) that finds duplicates without storing the value in the clear.
 */
@Component
public class Vault {

	private static final String FORMAT = "v1";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final String activeKey;

	private final Map<String, SecretKey> keys;

	private final SecretKey blindIndexKey;

	private final SecureRandom random = new SecureRandom();

	Vault(PrivacyProperties properties) {
		this.keys = properties.keys()
			.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
					(entry) -> aesKey(entry.getKey(), entry.getValue())));
		if (!this.keys.containsKey(properties.activeKey())) {
			throw new IllegalStateException("registry.privacy.active-key names a key that is not configured");
		}
		this.activeKey = properties.activeKey();
		this.blindIndexKey = new SecretKeySpec(Base64.getDecoder().decode(properties.blindIndexKey()), "HmacSHA256");
	}

	/**
	 * The context a record's private field is sealed in, so a sealed value copied to
	 * another record or field does not open.
	 * @param owner the record's id
	 * @param field the field, such as {@code phone}
	 * @return the context
	 */
	public static String context(java.util.UUID owner, String field) {
		return owner + ":" + field;
	}

	/**
	 * Seals a value with the active key.
	 * @param plaintext the value
	 * @param context what the value belongs to, such as {@code person:<id>:phone}; the
	 * sealed value only opens with the same context
	 * @return {@code v1:<key id>:<base64 nonce and ciphertext>}
	 */
	public String seal(String plaintext, String context) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			this.random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.keys.get(this.activeKey), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			byte[] payload = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
			return FORMAT + ":" + this.activeKey + ":" + Base64.getEncoder().encodeToString(payload);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not seal a value", ex);
		}
	}

	/**
	 * Opens a sealed value.
	 * @param sealed the sealed value
	 * @param context the context it was sealed with
	 * @return the plaintext
	 */
	public String open(String sealed, String context) {
		String[] parts = sealed.split(":", 3);
		if (parts.length != 3 || !FORMAT.equals(parts[0]) || !this.keys.containsKey(parts[1])) {
			throw new IllegalStateException("A sealed value has an unknown format or key id");
		}
		try {
			byte[] payload = Base64.getDecoder().decode(parts[2]);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.keys.get(parts[1]),
					new GCMParameterSpec(TAG_BITS, payload, 0, NONCE_BYTES));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			return new String(cipher.doFinal(payload, NONCE_BYTES, payload.length - NONCE_BYTES),
					StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("A sealed value could not be opened (wrong key or context)", ex);
		}
	}

	/**
	 * Whether a sealed value was sealed with a key other than the active one, so it
	 * should be sealed again.
	 * @param sealed the sealed value
	 * @return {@code true} when it should be resealed
	 */
	public boolean needsResealing(String sealed) {
		return !sealed.startsWith(FORMAT + ":" + this.activeKey + ":");
	}

	/**
	 * The keyed hash of a normalised value, for finding duplicates.
	 * @param kind what the value is, so equal values of different kinds hash differently
	 * @param normalised the normalised value
	 * @return 64 hex characters
	 */
	public String blindIndex(String kind, String normalised) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.blindIndexKey);
			mac.update(kind.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not compute a blind index", ex);
		}
	}

	private static SecretKey aesKey(String id, String base64) {
		byte[] key = Base64.getDecoder().decode(base64);
		if (key.length != 32) {
			throw new IllegalStateException("Key '" + id + "' must be 32 bytes (base64 of 256 bits), is " + key.length);
		}
		return new SecretKeySpec(key, "AES");
	}

}
