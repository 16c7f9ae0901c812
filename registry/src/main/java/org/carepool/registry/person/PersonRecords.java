package org.carepool.registry.person;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carepool.registry.access.Caller;
import org.carepool.registry.audit.AuditTrail;
import org.carepool.registry.audit.AuditTrail.AuditEntry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What coordinators' work and self-service share, inside their transactions: finding a
 * person the caller may see or manage (a refusal audited and answered as not found),
 * refusing duplicate numbers a few times an hour per caller, and saving a change that is
 * audited and announced.
 */
@Component
class PersonRecords {

	private final PersonRepository people;

	private final PersonAccess access;

	private final ProfileRules rules;

	private final PersonMapper mapper;

	private final Masks masks;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final org.carepool.registry.api.Quota probes = org.carepool.registry.api.Quota.of(5,
			java.time.Duration.ofHours(1));

	PersonRecords(PersonRepository people, PersonAccess access, ProfileRules rules, PersonMapper mapper, Masks masks,
			AuditTrail audit, ApplicationEventPublisher events, NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.people = people;
		this.access = access;
		this.rules = rules;
		this.mapper = mapper;
		this.masks = masks;
		this.audit = audit;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	PersonResponse response(Person person) {
		return this.mapper.toResponse(person, this.masks);
	}

	Person visible(Caller caller, UUID id, String action) {
		Person person = this.people.findById(id).orElseThrow(() -> new PersonNotFound(id));
		if (!this.access.canSee(caller, person)) {
			throw denied(caller, action, id, new PersonNotFound(id));
		}
		return person;
	}

	Person manageable(Caller caller, UUID id, String action) {
		Person person = this.people.findById(id).orElseThrow(() -> new PersonNotFound(id));
		if (!this.access.canManage(caller, person)) {
			throw denied(caller, action, id, new PersonNotFound(id));
		}
		return person;
	}

	Person self(Caller caller) {
		return this.people.findByAccountSubject(caller.subject()).orElseThrow(NoLinkedPerson::new);
	}

	void lock(UUID id) {
		List<UUID> locked = this.jdbc.queryForList("select id from person where id = :id for update",
				new MapSqlParameterSource("id", id), UUID.class);
		if (locked.isEmpty()) {
			throw new PersonNotFound(id);
		}
	}

	void expect(Person person, Long expectedVersion) {
		if (!org.carepool.registry.api.IfMatch.matches(expectedVersion, person.getVersion())) {
			throw new StaleVersion();
		}
	}

	void refuseDuplicates(Caller caller, Person person, Person.Contact contact, boolean self) {
		if (contact.residentIdHash() == null && contact.phoneHash() == null) {
			return;
		}
		// Each answer tells something about people the caller may not see: a few per
		// hour.
		this.probes.requireLeft(caller.subject());
		check(contact.residentIdHash(), this.people::findIdsByResidentIdHash, person, caller, "residentId", self);
		check(contact.phoneHash(), this.people::findIdsByPhoneHash, person, caller, "phone", self);
	}

	private void check(String hash, java.util.function.Function<String, List<UUID>> lookup, Person person,
			Caller caller, String field, boolean self) {
		if (hash == null) {
			return;
		}
		for (UUID existing : lookup.apply(hash)) {
			if (!existing.equals(person.getId())) {
				this.probes.take(caller.subject());
				DuplicatePerson.Audience audience = self ? DuplicatePerson.Audience.SELF
						: caller.has(org.carepool.registry.access.Role.COORDINATOR)
								? DuplicatePerson.Audience.COORDINATOR : DuplicatePerson.Audience.STREET_COORDINATOR;
				boolean linked = audience == DuplicatePerson.Audience.COORDINATOR && this.people.findById(existing)
					.map((other) -> this.access.canSee(caller, other))
					.orElse(false);
				throw denied(caller, "person.duplicate", self ? null : person.getId(),
						new DuplicatePerson(field, linked ? existing : null, audience), field);
			}
		}
	}

	void save(Person person) {
		try {
			this.people.saveAndFlush(person);
		}
		catch (DataIntegrityViolationException ex) {
			if (!isUniqueViolation(ex)) {
				throw ex;
			}
			// Two registrations of the same person raced past the duplicate check.
			throw new DuplicatePerson("phone/residentId", null, DuplicatePerson.Audience.STREET_COORDINATOR);
		}
	}

	static boolean isUniqueViolation(DataIntegrityViolationException ex) {
		return ex.getMostSpecificCause() instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState());
	}

	PersonResponse changed(Caller caller, String action, Person person, boolean removed) {
		this.people.saveAndFlush(person);
		this.audit.record(entry(caller, action, person.getId()));
		this.events.publishEvent(new PersonChanged(person.getId(), removed));
		return this.mapper.toResponse(person, this.masks);
	}

	RuntimeException denied(Caller caller, String action, UUID id, RuntimeException answer) {
		this.audit.denied(entry(caller, action, id));
		return answer;
	}

	RuntimeException denied(Caller caller, String action, UUID id, RuntimeException answer, String reason) {
		this.audit.denied(entry(caller, action, id).because(reason));
		return answer;
	}

	static AuditEntry entry(Caller caller, String action, UUID id) {
		return AuditEntry.person(caller.subject(), caller.auditRoles(), action, id);
	}

	void addCertification(Person person, CertificationRequest request) {
		UUID certificationId = UUID.randomUUID();
		person.addCertification(certificationId, this.rules.certification(certificationId, request), now());
	}

	void withdraw(Person person, UUID consentId) {
		person.consent(consentId).orElseThrow(() -> new PersonNotFound(consentId)).withdraw(now());
		person.touch(now());
	}

	Certification certification(Person person, UUID certificationId) {
		return person.certification(certificationId).orElseThrow(() -> new CertificationNotFound(certificationId));
	}

	Instant now() {
		return this.clock.instant();
	}

}
