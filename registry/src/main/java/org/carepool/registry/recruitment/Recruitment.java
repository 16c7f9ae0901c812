package org.carepool.registry.recruitment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.github.bucket4j.ConsumptionProbe;
import org.carepool.registry.access.Caller;
import org.carepool.registry.api.InvalidInput;
import org.carepool.registry.api.Quota;
import org.carepool.registry.api.TooManyRequests;
import org.carepool.registry.notification.Notification;
import org.carepool.registry.notification.Notifications;
import org.carepool.registry.person.Applications;
import org.carepool.registry.person.PersonType;
import org.carepool.registry.person.RegisterPersonRequest;
import org.carepool.registry.time.Shanghai;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes applications from the public page: each becomes an applicant (and nothing else)
 * with the consents given and the agreement signed, and the applicant is told what
 * happens next. One network address may apply only so often.
 */
@Service
public class Recruitment {

	private final Applications applications;

	private final Notifications notifications;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final Quota perAddress;

	Recruitment(Applications applications, Notifications notifications, NamedParameterJdbcTemplate jdbc, Clock clock,
			RecruitmentProperties properties) {
		this.applications = applications;
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.clock = clock;
		this.perAddress = Quota.of(properties.applicationsPerAddressPerHour(), Duration.ofHours(1));
	}

	/**
	 * Registers an applicant.
	 * @param address the network address the application came from
	 * @param application what they sent
	 */
	@Transactional
	public void apply(String address, ApplyRequest application) {
		String key = "public:" + digest(address);
		ConsumptionProbe probe = this.perAddress.take(key);
		if (!probe.isConsumed()) {
			throw new TooManyRequests(Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
		List<InvalidInput.Violation> violations = new ArrayList<>();
		if (isBlank(application.phone()) && isBlank(application.email())) {
			violations.add(new InvalidInput.Violation("phone", "contact.required"));
		}
		if (!Terms.NOTICE_VERSION.equals(application.noticeVersion())) {
			violations.add(new InvalidInput.Violation("noticeVersion", "terms.outdated"));
		}
		if (!application.purposes().contains("registry")) {
			violations.add(new InvalidInput.Violation("purposes", "consent.registry-required"));
		}
		if (!Terms.AGREEMENT_VERSION.equals(application.agreementVersion())) {
			violations.add(new InvalidInput.Violation("agreementVersion", "terms.outdated"));
		}
		if (!application.agreementSigned()) {
			violations.add(new InvalidInput.Violation("agreementSigned", "agreement.unsigned"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations);
		}
		Instant now = this.clock.instant();
		List<RegisterPersonRequest.SkillInput> skills = (application.skills() != null) ? application.skills()
			.stream()
			.distinct()
			.map((code) -> new RegisterPersonRequest.SkillInput(code, 1, null))
			.toList() : List.of();
		// Self-declared: level 1 until a coordinator assesses it; the agreement takes
		// effect
		// when the application is accepted, so it has no validity yet.
		RegisterPersonRequest person = new RegisterPersonRequest(application.name(), null, null, null, null, null,
				blankToNull(application.phone()), blankToNull(application.email()), null, null, null,
				application.streets(), null, skills, application.availability(), null, null,
				Set.of(PersonType.valueOf(application.type())), false, Shanghai.today(this.clock), null);
		Caller caller = new Caller(key, Set.of(), Set.of(), Optional.empty(), Optional.empty());
		UUID id = this.applications.apply(caller, person, application.noticeVersion(),
				application.purposes().stream().distinct().toList());
		this.jdbc.update("""
				insert into recruitment_application (person_id, notice_version, agreement_version, agreement_signed_at,
				    created_at) values (:id, :notice, :agreement, :now, :now)""",
				new MapSqlParameterSource("id", id).addValue("notice", application.noticeVersion())
					.addValue("agreement", application.agreementVersion())
					.addValue("now", java.sql.Timestamp.from(now)));
		String text = """
				%s，您好：

				我们已收到您的报名（%s）。接下来：
				1. 您所选街镇的协调员会在 5 个工作日内审核您的报名，可能会打电话向您了解情况。
				2. 审核通过后，您会收到通知。请登录关爱人才库，在"关联账号"中输入我们发给您的验证码，即可看到并维护您的资料。
				3. 如需撤回报名或更正信息，请直接回复协会。

				Hello %s, we have received your application. A coordinator of your street will vet it within
				5 working days and may call you. Once you are accepted, sign in to Carepool and enter the code
				we send you under "Link my account" to see and keep your profile.
				""".formatted(application.name(), application.type().equals("EXPERT") ? "专家库" : "志愿者",
				application.name());
		if (!isBlank(application.email())) {
			this.notifications.send(new Notification(Notification.Channel.EMAIL, application.email().strip(),
					"关爱人才库：已收到您的报名 / Application received", text));
		}
		else {
			this.notifications
				.send(new Notification(Notification.Channel.SMS, application.phone().strip(), "关爱人才库：已收到您的报名", text));
		}
	}

	private static String digest(String address) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8)))
				.substring(0, 32);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String blankToNull(String text) {
		return isBlank(text) ? null : text;
	}

}
