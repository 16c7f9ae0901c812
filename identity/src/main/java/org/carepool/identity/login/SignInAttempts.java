package org.carepool.identity.login;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, of people (account name and password) and of clients (client id and
 * secret), per name and per client address, each a Bucket4j budget of {@link #LOCK_AFTER}
 * failures that refills over {@link #WINDOW}: after {@link #DELAY_AFTER} failures every
 * further attempt waits longer, after {@link #LOCK_AFTER} none is accepted until the
 * budget refills. Names that do not exist are counted the same way, so the answer never
 * tells them apart. People and clients are counted apart, so a person mistyping a
 * password on a machine does not lock out a service signing in from the same address.
 */
@Component
class SignInAttempts {

	static final int DELAY_AFTER = 5;

	static final int LOCK_AFTER = 10;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration DELAY_STEP = Duration.ofMillis(200);

	private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

	private final Map<String, Bucket> failures = new ConcurrentHashMap<>();

	/**
	 * Who signs in.
	 */
	enum Kind {

		/** A person, with an account name and a password on the login page. */
		ACCOUNT("account"),

		/** A client, with a client id and a client secret at the token endpoint. */
		CLIENT("client");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String address = (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		failed(Kind.ACCOUNT, event.getAuthentication().getName(), address);
	}

	/**
	 * Records a failed sign-in.
	 * @param kind a person or a client
	 * @param name the account name or client id tried
	 * @param address the client address, or {@code null} when unknown
	 */
	void failed(Kind kind, String name, String address) {
		long byName = record(nameKey(kind, name));
		long byAddress = (address != null) ? record(addressKey(kind, address)) : 0;
		log.warn("Sign-in failed for {} '{}' from {} ({} recent failures for the {}, {} from the address)", kind.label,
				name, address, byName, kind.label, byAddress);
	}

	/**
	 * How long an attempt must wait, or {@code null} when it is refused outright.
	 * @param kind a person or a client
	 * @param name the account name or client id tried
	 * @param address the client address
	 * @return the wait, zero when there were few failures; {@code null} when locked
	 */
	Duration admission(Kind kind, String name, String address) {
		long recent = Math.max(recent(nameKey(kind, name)), recent(addressKey(kind, address)));
		if (recent >= LOCK_AFTER) {
			log.warn("Sign-in refused for {} '{}' from {}: temporarily locked after {} failures", kind.label, name,
					address, recent);
			return null;
		}
		return (recent < DELAY_AFTER) ? Duration.ZERO : DELAY_STEP.multipliedBy(recent - DELAY_AFTER + 1);
	}

	private long record(String key) {
		Bucket bucket = bucket(key);
		bucket.tryConsume(1);
		return LOCK_AFTER - bucket.getAvailableTokens();
	}

	private long recent(String key) {
		Bucket bucket = this.failures.get(key);
		return (bucket != null) ? LOCK_AFTER - bucket.getAvailableTokens() : 0;
	}

	private Bucket bucket(String key) {
		if (this.failures.size() > 100_000) {
			this.failures.clear();
		}
		return this.failures.computeIfAbsent(key,
				(k) -> Bucket.builder()
					.addLimit(Bandwidth.builder().capacity(LOCK_AFTER).refillGreedy(LOCK_AFTER, WINDOW).build())
					.build());
	}

	private static String nameKey(Kind kind, String name) {
		return kind.label + ":" + ((name != null) ? name.strip().toLowerCase(Locale.ROOT) : "");
	}

	private static String addressKey(Kind kind, String address) {
		return kind.label + "-address:" + address;
	}

}
