package org.carepool.registry.request;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carepool.registry.access.Caller;
import org.carepool.registry.access.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers which request an {@code Idempotency-Key} created, per caller: a partner
 * system by its client id, a partner user by their organisation, anyone else by their
 * account. What the body says never chooses the scope, so one caller can never reach
 * another's key.
 */
@Component
class IdempotencyKeys {

	/** The documented shape of a key. */
	static final String PATTERN = "[A-Za-z0-9._:-]{8,100}";

	private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);

	private final NamedParameterJdbcTemplate jdbc;

	private final ObjectMapper json;

	private final RequestProperties properties;

	private final Clock clock;

	IdempotencyKeys(NamedParameterJdbcTemplate jdbc, ObjectMapper json, RequestProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Claims a key for a new request, or finds the request a first attempt created.
	 * @param caller the caller
	 * @param key the key
	 * @param submission the body, compared with the first attempt's
	 * @param id the id the new request will have
	 * @return the first attempt's request, if the key was used before
	 * @throws IdempotencyKeyReused if it was used for a different body
	 */
	Optional<UUID> claim(Caller caller, String key, SubmitHelpRequest submission, UUID id) {
		String hash = hash(submission);
		MapSqlParameterSource parameters = new MapSqlParameterSource("scope", scope(caller)).addValue("key", key)
			.addValue("id", id)
			.addValue("hash", hash)
			.addValue("at", Timestamp.from(this.clock.instant()));
		// A concurrent first attempt holds the key until it commits; this insert waits.
		int inserted = this.jdbc
			.update("insert into request_idempotency_key (scope, key, request_id, body_hash, created_at) "
					+ "values (:scope, :key, :id, :hash, :at) on conflict do nothing", parameters);
		if (inserted == 1) {
			return Optional.empty();
		}
		return this.jdbc
			.query("select request_id, body_hash from request_idempotency_key where scope = :scope and key = :key",
					parameters, (row, n) -> {
						String stored = row.getString("body_hash");
						if (stored != null && !stored.equals(hash)) {
							throw new IdempotencyKeyReused(key);
						}
						return row.getObject("request_id", UUID.class);
					})
			.stream()
			.findFirst();
	}

	/**
	 * Forgets keys older than the retention period.
	 * @return how many were forgotten
	 */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@Transactional
	public int purge() {
		int purged = this.jdbc.update("delete from request_idempotency_key where created_at < :before",
				new MapSqlParameterSource("before",
						Timestamp.from(this.clock.instant().minus(this.properties.idempotencyRetention()))));
		if (purged > 0) {
			log.info("Forgot {} idempotency keys", purged);
		}
		return purged;
	}

	static String scope(Caller caller) {
		boolean client = caller.roles().isEmpty();
		if (client) {
			return "client:" + caller.subject();
		}
		if (caller.has(Role.PARTNER) && RequestAccess.actsForOrganisation(caller)
				&& caller.organisation().isPresent()) {
			return "org:" + caller.organisation().get();
		}
		return "sub:" + caller.subject();
	}

	private String hash(SubmitHelpRequest submission) {
		try {
			byte[] body = this.json.writeValueAsBytes(submission);
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		}
		catch (JsonProcessingException | NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Cannot hash a request", ex);
		}
	}

}
