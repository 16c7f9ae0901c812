package org.carepool.ui.apply;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Protects the public form without third-party services: a field people never see
 * (honeypot), the time between opening the form and sending it (signed, so it cannot be
 * forged), and a limit per browser address. Every refusal is counted in
 * {@code carepool.apply.refused}, tagged with its reason.
 */
@Component
@EnableConfigurationProperties(ApplyProperties.class)
public class Guard {

	private static final int MAX_ADDRESSES = 100_000;

	private final ApplyProperties properties;

	private final MeterRegistry meters;

	private final Clock clock = Clock.systemUTC();

	private final SecretKeySpec key;

	private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

	Guard(ApplyProperties properties, MeterRegistry meters) {
		this.properties = properties;
		this.meters = meters;
		byte[] secret = properties.secret().getBytes(StandardCharsets.UTF_8);
		if (secret.length == 0) {
			secret = new byte[32];
			new SecureRandom().nextBytes(secret);
		}
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	/**
	 * A token for a form opened now.
	 * @return the signed start time
	 */
	public String issue() {
		return issue(this.clock.instant());
	}

	/**
	 * A token for a form opened at a given time (tests use it to stand in for a patient
	 * reader).
	 * @param openedAt when the form was opened
	 * @return the signed start time
	 */
	public String issue(Instant openedAt) {
		String millis = Long.toString(openedAt.toEpochMilli());
		return millis + "." + sign(millis);
	}

	/**
	 * Checks a submitted form.
	 * @param address the browser's address
	 * @param honeypot what the hidden field holds
	 * @param token the form's token
	 * @return why it is refused, or empty when it may go on
	 */
	public Optional<Refusal> check(String address, String honeypot, String token) {
		Optional<Refusal> refusal = decide(address, honeypot, token);
		refusal
			.ifPresent((reason) -> this.meters.counter("carepool.apply.refused", "reason", reason.tag()).increment());
		return refusal;
	}

	/**
	 * How many submissions were refused for a reason.
	 * @param refusal the reason
	 * @return the count so far
	 */
	public long refused(Refusal refusal) {
		return (long) this.meters.counter("carepool.apply.refused", "reason", refusal.tag()).count();
	}

	private Optional<Refusal> decide(String address, String honeypot, String token) {
		if (honeypot != null && !honeypot.isBlank()) {
			return Optional.of(Refusal.HONEYPOT);
		}
		Instant openedAt = openedAt(token);
		if (openedAt == null) {
			return Optional.of(Refusal.TOKEN);
		}
		Duration taken = Duration.between(openedAt, this.clock.instant());
		if (taken.compareTo(this.properties.maximumAge()) > 0) {
			return Optional.of(Refusal.TOKEN);
		}
		if (taken.compareTo(this.properties.minimumTime()) < 0) {
			return Optional.of(Refusal.TOO_FAST);
		}
		if (this.addresses.size() > MAX_ADDRESSES) {
			this.addresses.clear();
		}
		Bucket bucket = this.addresses.computeIfAbsent(address,
				(key) -> Bucket.builder()
					.addLimit(Bandwidth.builder()
						.capacity(this.properties.perAddressPerHour())
						.refillGreedy(this.properties.perAddressPerHour(), Duration.ofHours(1))
						.build())
					.build());
		return bucket.tryConsume(1) ? Optional.empty() : Optional.of(Refusal.RATE_LIMIT);
	}

	private Instant openedAt(String token) {
		if (token == null) {
			return null;
		}
		int dot = token.indexOf('.');
		if (dot < 1) {
			return null;
		}
		String millis = token.substring(0, dot);
		if (!MessageDigest.isEqual(sign(millis).getBytes(StandardCharsets.UTF_8),
				token.substring(dot + 1).getBytes(StandardCharsets.UTF_8))) {
			return null;
		}
		try {
			return Instant.ofEpochMilli(Long.parseLong(millis));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private String sign(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Why a submission was refused.
	 */
	public enum Refusal {

		/** The hidden field was filled in: a script, not a person. */
		HONEYPOT("honeypot"),
		/** Sent faster than anyone reads the notice. */
		TOO_FAST("too-fast"),
		/** The token is missing, forged or too old. */
		TOKEN("token"),
		/** Too many applications from this address this hour. */
		RATE_LIMIT("rate-limit");

		private final String tag;

		Refusal(String tag) {
			this.tag = tag;
		}

		/**
		 * The reason as the counter's tag.
		 * @return the tag
		 */
		public String tag() {
			return this.tag;
		}

	}

}
