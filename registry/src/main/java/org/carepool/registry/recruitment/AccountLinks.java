package org.carepool.registry.recruitment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.github.bucket4j.ConsumptionProbe;
import org.carepool.registry.access.Caller;
import org.carepool.registry.api.InvalidInput;
import org.carepool.registry.api.Quota;
import org.carepool.registry.api.TooManyRequests;
import org.carepool.registry.notification.Notification;
import org.carepool.registry.notification.Notifications;
import org.carepool.registry.person.Applications;
import org.carepool.registry.privacy.Vault;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links a signed-in account to the vetted applicant it belongs to: the account names the
 * e-mail address it applied with, a six-digit code goes to that address, and confirming
 * the code links the two. Codes are single-use, expire, survive only a few wrong guesses
 * and are stored only as a keyed hash; the answer to a request never says whether the
 * address is known.
 */
@Service
public class AccountLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Applications applications;

	private final Notifications notifications;

	private final NamedParameterJdbcTemplate jdbc;

	private final Vault vault;

	private final Clock clock;

	private final RecruitmentProperties properties;

	private final Quota requests;

	AccountLinks(Applications applications, Notifications notifications, NamedParameterJdbcTemplate jdbc, Vault vault,
			Clock clock, RecruitmentProperties properties) {
		this.applications = applications;
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.vault = vault;
		this.clock = clock;
		this.properties = properties;
		this.requests = Quota.of(properties.codesPerAccountPerHour(), Duration.ofHours(1));
	}

	/**
	 * Sends a code to the e-mail address, if a vetted person without an account has it;
	 * otherwise does nothing, and the caller cannot tell the difference.
	 * @param caller the signed-in account
	 * @param email the address the person applied with
	 */
	@Transactional
	public void requestCode(Caller caller, String email) {
		ConsumptionProbe probe = this.requests.take(caller.subject());
		if (!probe.isConsumed()) {
			throw new TooManyRequests(Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
		Optional<Applications.Linkable> found = this.applications.linkableByEmail(email);
		if (found.isEmpty()) {
			return;
		}
		Applications.Linkable person = found.get();
		String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
		Instant now = this.clock.instant();
		// A new code replaces any earlier one of this account.
		this.jdbc.update("update account_link_code set used_at = :now where subject = :subject and used_at is null",
				new MapSqlParameterSource("now", Timestamp.from(now)).addValue("subject", caller.subject()));
		this.jdbc.update("""
				insert into account_link_code (id, subject, person_id, code_hash, expires_at, attempts, created_at)
				values (:id, :subject, :person, :hash, :expires, 0, :now)""",
				new MapSqlParameterSource("id", UUID.randomUUID()).addValue("subject", caller.subject())
					.addValue("person", person.id())
					.addValue("hash", hash(caller.subject(), code))
					.addValue("expires", Timestamp.from(now.plus(this.properties.codeLifetime())))
					.addValue("now", Timestamp.from(now)));
		this.notifications
			.send(new Notification(Notification.Channel.EMAIL, person.email(), "关爱人才库：关联账号验证码 / Your code", """
					%s，您好：

					您的关联账号验证码是 %s，%d 分钟内有效，只能使用一次。如果不是您本人操作，请忽略本邮件。

					Your code to link your account is %s. It works once, for %d minutes. If you did not ask
					for it, ignore this message.
					""".formatted(person.name(), code, this.properties.codeLifetime().toMinutes(), code,
					this.properties.codeLifetime().toMinutes())));
	}

	/**
	 * Confirms a code and links the account to its person.
	 * @param caller the signed-in account that asked for the code
	 * @param code the code as typed
	 */
	@Transactional(noRollbackFor = InvalidInput.class)
	public void confirm(Caller caller, String code) {
		Instant now = this.clock.instant();
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				select id, person_id, code_hash, attempts from account_link_code
				where subject = :subject and used_at is null and expires_at > :now
				order by created_at desc limit 1 for update""",
				new MapSqlParameterSource("subject", caller.subject()).addValue("now", Timestamp.from(now)));
		if (rows.isEmpty()) {
			throw InvalidInput.of("code", "link-code.invalid");
		}
		Map<String, Object> row = rows.get(0);
		UUID id = (UUID) row.get("id");
		int attempts = ((Number) row.get("attempts")).intValue() + 1;
		boolean matches = MessageDigest.isEqual(hash(caller.subject(), code.strip()).getBytes(StandardCharsets.UTF_8),
				String.valueOf(row.get("code_hash")).getBytes(StandardCharsets.UTF_8));
		if (!matches) {
			this.jdbc.update(
					"update account_link_code set attempts = :attempts, used_at = case when :attempts >= :max then cast(:now as timestamptz) end where id = :id",
					new MapSqlParameterSource("attempts", attempts).addValue("max", this.properties.codeAttempts())
						.addValue("now", Timestamp.from(now))
						.addValue("id", id));
			throw InvalidInput.of("code", "link-code.invalid");
		}
		this.jdbc.update("update account_link_code set attempts = :attempts, used_at = :now where id = :id",
				new MapSqlParameterSource("attempts", attempts).addValue("now", Timestamp.from(now))
					.addValue("id", id));
		if (!this.applications.link(caller, (UUID) row.get("person_id"))) {
			throw InvalidInput.of("code", "link-code.invalid");
		}
	}

	private String hash(String subject, String code) {
		return this.vault.blindIndex("account-link-code", subject + ":" + code);
	}

}
