package org.carepool.registry.synthetic;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.carepool.registry.changefeed.ChangeLog;
import org.carepool.registry.privacy.Vault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads generated people straight into the registry's tables in batches — private values
 * sealed and hashed as the registry stores them, a change announced for each — for the
 * local run's demo data and for benchmarks.
 */
@Service
public class SyntheticPeople {

	private static final Logger log = LoggerFactory.getLogger(SyntheticPeople.class);

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Vault vault;

	private final ChangeLog changes;

	private final Clock clock;

	SyntheticPeople(JdbcTemplate jdbc, TransactionTemplate transactions, Vault vault, ChangeLog changes, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.vault = vault;
		this.changes = changes;
		this.clock = clock;
	}

	/**
	 * Loads people {@code 0 … count-1} of a seed's deterministic population.
	 * @param seed the generator's seed
	 * @param count how many people
	 * @return the ids of the loaded people, in generation order
	 */
	public List<UUID> load(long seed, int count) {
		long started = System.nanoTime();
		PeopleGenerator generator = new PeopleGenerator(seed);
		List<UUID> ids = new ArrayList<>(count);
		for (int from = 0; from < count; from += BATCH) {
			List<SyntheticPerson> batch = new ArrayList<>();
			for (int index = from; index < Math.min(count, from + BATCH); index++) {
				batch.add(generator.person(index));
			}
			ids.addAll(this.transactions.execute((status) -> insert(seed, batch)));
		}
		log.info("Loaded {} synthetic people (seed {}) in {} ms", count, seed,
				(System.nanoTime() - started) / 1_000_000);
		return ids;
	}

	private List<UUID> insert(long seed, List<SyntheticPerson> people) {
		Instant now = this.clock.instant();
		Timestamp at = Timestamp.from(now);
		List<Object[]> persons = new ArrayList<>();
		List<Object[]> types = new ArrayList<>();
		List<Object[]> streets = new ArrayList<>();
		List<Object[]> languages = new ArrayList<>();
		List<Object[]> skills = new ArrayList<>();
		List<Object[]> slots = new ArrayList<>();
		List<Object[]> blackouts = new ArrayList<>();
		List<Object[]> certifications = new ArrayList<>();
		List<Object[]> consents = new ArrayList<>();
		List<Object[]> trainings = new ArrayList<>();
		List<UUID> ids = new ArrayList<>();
		for (SyntheticPerson person : people) {
			UUID id = UUID.nameUUIDFromBytes(("carepool-synthetic:" + seed + ":" + person.index()).getBytes());
			ids.add(id);
			persons.add(new Object[] { id, person.name(), person.gender().name(), person.birthYear(), person.employer(),
					person.title(), person.bio(), seal(person.mobile(), id, "phone"), hash("phone", person.mobile()),
					seal(person.email(), id, "email"), hash("email", person.email()),
					seal(person.residentId(), id, "resident-id"), hash("resident-id", person.residentId()),
					person.homeStreet(), person.homeLatitude(), person.homeLongitude(), person.monthlyCapacityHours(),
					person.trainedForSpecialFamilies(), date(person.agreementSignedOn()),
					date(person.agreementValidUntil()), at, at });
			person.types().forEach((type) -> types.add(new Object[] { id, type.name() }));
			person.servedStreets().forEach((street) -> streets.add(new Object[] { id, street }));
			person.languages()
				.forEach((language) -> languages.add(new Object[] { id, language.code(), language.level() }));
			person.skills()
				.forEach((skill) -> skills.add(new Object[] { id, skill.code(), skill.level(), skill.years() }));
			person.weeklyAvailability()
				.forEach((slot) -> slots.add(new Object[] { id, slot.startMinute(), slot.endMinute() }));
			person.blackouts()
				.forEach((range) -> blackouts.add(new Object[] { id, date(range.from()), date(range.to()) }));
			for (SyntheticPerson.Certification certification : person.certifications()) {
				UUID certificationId = UUID.nameUUIDFromBytes((id + ":" + certification.type()).getBytes());
				certifications.add(new Object[] { certificationId, id, certification.type(),
						seal(certification.number(), certificationId, "number"), certification.issuer(),
						date(certification.issuedOn()), date(certification.expiresOn()),
						certification.verified() ? "VERIFIED" : "UNVERIFIED",
						certification.verified() ? "synthetic-data" : null, certification.verified() ? at : null });
			}
			String purposes = person.consentToContact() ? "registry matching contact" : "registry matching";
			consents.add(
					new Object[] { UUID.nameUUIDFromBytes((id + ":consent").getBytes()), id, "2026-01", purposes, at });
			for (SyntheticPerson.Training training : person.trainings()) {
				trainings.add(new Object[] { UUID.randomUUID(), id, training.course(), date(training.completedOn()),
						training.hours(), training.result().name() });
			}
		}
		this.jdbc.batchUpdate(
				"""
						insert into person (id, version, status, name, gender, birth_year, employer, title, bio, phone_sealed,
						  phone_hash, email_sealed, email_hash, resident_id_sealed, resident_id_hash, home_street, home_latitude,
						  home_longitude, monthly_capacity_hours, trained_for_special_families, agreement_signed_on,
						  agreement_valid_until, created_at, updated_at)
						values (?, 0, 'ACTIVE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""",
				persons);
		this.jdbc.batchUpdate("insert into person_type (person_id, type) values (?, ?)", types);
		this.jdbc.batchUpdate("insert into person_served_street (person_id, street_code) values (?, ?)", streets);
		this.jdbc.batchUpdate("insert into person_language (person_id, language_code, level) values (?, ?, ?)",
				languages);
		this.jdbc.batchUpdate("insert into person_skill (person_id, skill_code, level, years) values (?, ?, ?, ?)",
				skills);
		this.jdbc.batchUpdate("insert into availability_slot (person_id, start_minute, end_minute) values (?, ?, ?)",
				slots);
		this.jdbc.batchUpdate("insert into blackout (person_id, starts_on, ends_on) values (?, ?, ?)", blackouts);
		this.jdbc.batchUpdate(
				"""
						insert into certification (id, person_id, type_code, number_sealed, issuer, issued_on, expires_on, state,
						  reviewed_by, reviewed_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""",
				certifications);
		this.jdbc.batchUpdate(
				"insert into consent (id, person_id, notice_version, purposes, given_at) values (?, ?, ?, ?, ?)",
				consents);
		this.jdbc.batchUpdate(
				"insert into training (id, person_id, course, taken_on, hours, result) values (?, ?, ?, ?, ?, ?)",
				trainings);
		ids.forEach((id) -> this.changes.append("person", id, "upsert"));
		return ids;
	}

	private String seal(String value, UUID owner, String field) {
		return (value != null) ? this.vault.seal(value, Vault.context(owner, field)) : null;
	}

	private String hash(String kind, String value) {
		return (value != null) ? this.vault.blindIndex(kind, value) : null;
	}

	private static Date date(java.time.LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

}
