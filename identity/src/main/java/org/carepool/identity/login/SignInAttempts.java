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
 * Failed sign-ins per account name and per client address, each a Bucket4j budget of
 * {@link #LOCK_AFTER} failures that refills over {@link #WINDOW}: after
 * {@link #DELAY_AFTER} failures every further attempt waits longer, after
 * {@link #LOCK_AFTER} none is accepted until the budget refills. Account names that do
 * not exist are counted the same way, so the answer never tells them apart.
 */
@Component
class SignInAttempts {

	static final int DELAY_AFTER = 5;

	static final int LOCK_AFTER = 10;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration DELAY_STEP = Duration.ofMillis(200);

	private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

	private final Map<String, Bucket> failures = new ConcurrentHashMap<>();

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String account = event.getAuthentication().getName();
		String address = (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		long byAccount = record(accountKey(account));
		long byAddress = (address != null) ? record(addressKey(address)) : 0;
		log.warn("Sign-in failed for account '{}' from {} ({} recent failures for the account, {} from the address)",
				account, address, byAccount, byAddress);
	}

	/**
	 * How long an attempt must wait, or {@code null} when it is refused outright.
	 * @param account the account name tried
	 * @param address the client address
	 * @return the wait, zero when there were few failures; {@code null} when locked
	 */
	Duration admission(String account, String address) {
		long recent = Math.max(recent(accountKey(account)), recent(addressKey(address)));
		if (recent >= LOCK_AFTER) {
			log.warn("Sign-in refused for account '{}' from {}: temporarily locked after {} failures", account, address,
					recent);
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

	private static String accountKey(String account) {
		return "account:" + ((account != null) ? account.strip().toLowerCase(Locale.ROOT) : "");
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}
