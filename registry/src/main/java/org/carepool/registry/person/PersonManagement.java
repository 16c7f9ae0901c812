package org.carepool.registry.person;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.carepool.registry.access.Caller;
import org.carepool.registry.audit.AuditTrail;
import org.carepool.registry.audit.AuditTrail.AuditEntry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers people and keeps their records: profile, status, certifications, consents,
 * training and account link — for coordinators within their area and for people about
 * themselves. Every read and change is audited; every change that a search document shows
 * is announced as {@link PersonChanged}.
 */
@Service
@Transactional
public class PersonManagement {

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

	PersonManagement(PersonRepository people, PersonAccess access, ProfileRules rules, PersonMapper mapper, Masks masks,
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

	/**
	 * Registers a person as an applicant.
	 * @param caller a coordinator; a street coordinator only for people who serve their
	 * street
	 * @param request the person's details
	 * @return the registered person
	 */
	public PersonResponse register(Caller caller, RegisterPersonRequest request) {
		UUID id = UUID.randomUUID();
		ProfileRules.Checked checked = this.rules.check(id, request);
		Person person = new Person(id, checked.profile(), checked.contact(), this.rules.engagement(request), now());
		if (!this.access.canManage(caller, person)) {
			throw denied(caller, "person.register", null,
					org.carepool.registry.api.InvalidInput.of("servedStreets", "street-outside-area"));
		}
		refuseDuplicates(caller, person, checked.contact(), false);
		save(person);
		return changed(caller, "person.register", person, false);
	}

	/**
	 * A person the caller may see.
	 * @param caller the caller
	 * @param id the person's id
	 * @return the person, private values masked
	 */
	@Transactional
	public PersonResponse find(Caller caller, UUID id) {
		Person person = visible(caller, id, "person.read");
		this.audit.record(entry(caller, "person.read", id));
		return this.mapper.toResponse(person, this.masks);
	}

	/**
	 * A page of the people the caller may see, in id order.
	 * @param caller the caller
	 * @param filter what to narrow the list to
	 * @param after the cursor of the previous page, if any
	 * @param limit the page size
	 * @return the page
	 */
	@Transactional(readOnly = false)
	public PersonPage list(Caller caller, PersonFilter filter, UUID after, int limit) {
		StringBuilder sql = new StringBuilder("select p.id from person p where p.status <> 'ERASED'");
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		Optional<String> confined = this.access.confinedStreet(caller);
		if (confined.isPresent()) {
			sql.append(
					" and exists (select 1 from person_served_street s where s.person_id = p.id and s.street_code = :confined)");
			parameters.addValue("confined", confined.get());
		}
		if (filter.status() != null) {
			sql.append(" and p.status = :status");
			parameters.addValue("status", filter.status().name());
		}
		if (filter.type() != null) {
			sql.append(" and exists (select 1 from person_type t where t.person_id = p.id and t.type = :type)");
			parameters.addValue("type", filter.type().name());
		}
		if (filter.street() != null) {
			sql.append(
					" and exists (select 1 from person_served_street s where s.person_id = p.id and s.street_code = :street)");
			parameters.addValue("street", filter.street());
		}
		if (filter.skill() != null) {
			sql.append(
					" and exists (select 1 from person_skill k where k.person_id = p.id and k.skill_code = :skill and k.level >= :level)");
			parameters.addValue("skill", filter.skill());
			parameters.addValue("level", (filter.minLevel() != null) ? filter.minLevel() : 1);
		}
		if (filter.name() != null && !filter.name().isBlank()) {
			sql.append(" and p.name like :name escape '\\'");
			parameters.addValue("name", likePrefix(ProfileRules.name(filter.name())));
		}
		if (after != null) {
			sql.append(" and p.id > :after");
			parameters.addValue("after", after);
		}
		sql.append(" order by p.id limit :limit");
		parameters.addValue("limit", limit + 1);
		List<UUID> ids = this.jdbc.queryForList(sql.toString(), parameters, UUID.class);
		List<UUID> page = ids.subList(0, Math.min(limit, ids.size()));
		Map<UUID, Person> found = new LinkedHashMap<>();
		this.people.findAllById(page).forEach((person) -> found.put(person.getId(), person));
		List<PersonSummary> items = page.stream()
			.map(found::get)
			.filter(java.util.Objects::nonNull)
			.map(this.mapper::toSummary)
			.toList();
		this.audit.record(new AuditEntry(caller.subject(), caller.auditRoles(), "person.list", "person", null, null));
		String next = (ids.size() > limit) ? page.get(page.size() - 1).toString() : null;
		return new PersonPage(items, next);
	}

	/**
	 * Replaces a person's record.
	 * @param caller a coordinator of the person
	 * @param id the person's id
	 * @param expectedVersion the version the caller read
	 * @param request the new details
	 * @return the changed person
	 */
	public PersonResponse update(Caller caller, UUID id, Long expectedVersion, RegisterPersonRequest request) {
		Person person = manageable(caller, id, "person.update");
		expect(person, expectedVersion);
		ProfileRules.Checked checked = this.rules.check(id, request);
		// Checked before the change: a query after it would flush the change and meet the
		// unique constraint first.
		refuseDuplicates(caller, person, checked.contact(), false);
		person.change(checked.profile(), checked.contact(), now());
		person.engage(this.rules.engagement(request), now());
		if (!this.access.canManage(caller, person)) {
			throw denied(caller, "person.update", id,
					org.carepool.registry.api.InvalidInput.of("servedStreets", "street-outside-area"));
		}
		return changed(caller, "person.update", person, false);
	}

	/**
	 * Moves a person to another status, if their current status allows it.
	 * @param caller a coordinator of the person
	 * @param id the person's id
	 * @param next the status to move to
	 * @return the changed person
	 */
	public PersonResponse transition(Caller caller, UUID id, PersonStatus next) {
		Person person = manageable(caller, id, "person." + next.name().toLowerCase());
		if (next == PersonStatus.ERASED) {
			person.erase(now());
		}
		else {
			person.transition(next, now());
		}
		return changed(caller, "person." + next.name().toLowerCase(), person, next == PersonStatus.ERASED);
	}

	/**
	 * Adds a certification for a person, unverified.
	 * @param caller a coordinator of the person
	 * @param id the person's id
	 * @param request the certification
	 * @return the changed person
	 */
	public PersonResponse addCertification(Caller caller, UUID id, CertificationRequest request) {
		Person person = manageable(caller, id, "certification.add");
		addCertification(person, request);
		return changed(caller, "certification.add", person, false);
	}

	/**
	 * Verifies a certification against its original.
	 * @param caller a coordinator of the person
	 * @param id the person's id
	 * @param certificationId the certification's id
	 * @return the changed person
	 */
	public PersonResponse verifyCertification(Caller caller, UUID id, UUID certificationId) {
		Person person = manageable(caller, id, "certification.verify");
		certification(person, certificationId).verify(caller.subject(), now());
		person.touch(now());
		return changed(caller, "certification.verify", person, false);
	}

	/**
	 * Rejects a certification, with a reason.
	 * @param caller a coordinator of the person
	 * @param id the person's id
	 * @param certificationId the certification's id
	 * @param reason why
	 * @return the changed person
	 */
	public PersonResponse rejectCertification(Caller caller, UUID id, UUID certificationId, String reason) {
		Person person = manageable(caller, id, "certification.reject");
		certification(person, certificationId).reject(caller.subject(), now(), ProfileRules.text(reason));
		person.touch(now());
		return changed(caller, "certification.reject", person, false);
	}

	/**
	 * Reveals a person's contact details in full, recording who asked and why.
	 * @param caller a coordinator of the person
	 * @param id the person's id
	 * @param reason why the details are needed
	 * @return the details
	 */
	public ContactResponse revealContact(Caller caller, UUID id, String reason) {
		Person person = this.people.findById(id).orElseThrow(() -> new PersonNotFound(id));
		if (!this.access.canManage(caller, person)) {
			// A refused reveal keeps its reason, like a granted one.
			throw denied(caller, "person.contact-reveal", id, new PersonNotFound(id), ProfileRules.text(reason));
		}
		this.audit.record(entry(caller, "person.contact-reveal", id).because(ProfileRules.text(reason)));
		return this.masks.reveal(person);
	}

	/**
	 * Records a training a person took.
	 * @param caller a coordinator of the person
	 * @param id the person's id
	 * @param request the training
	 * @return the changed person
	 */
	public PersonResponse addTraining(Caller caller, UUID id, TrainingRequest request) {
		Person person = manageable(caller, id, "training.add");
		person.addTraining(ProfileRules.text(request.course()), request.takenOn(), request.hours(), request.result(),
				now());
		return changed(caller, "training.add", person, false);
	}

	/**
	 * Records a consent a person gave, on paper or in person.
	 * @param caller a coordinator of the person
	 * @param id the person's id
	 * @param request the consent
	 * @return the changed person
	 */
	public PersonResponse recordConsent(Caller caller, UUID id, ConsentRequest request) {
		Person person = manageable(caller, id, "consent.record");
		person.recordConsent(request.noticeVersion(), request.purposes(), now());
		return changed(caller, "consent.record", person, false);
	}

	/**
	 * Records that a person withdrew a consent.
	 * @param caller a coordinator of the person
	 * @param id the person's id
	 * @param consentId the consent
	 * @return the changed person
	 */
	public PersonResponse withdrawConsent(Caller caller, UUID id, UUID consentId) {
		Person person = manageable(caller, id, "consent.withdraw");
		withdraw(person, consentId);
		return changed(caller, "consent.withdraw", person, false);
	}

	/**
	 * Links an account to a person, or unlinks it.
	 * @param caller an administrator
	 * @param id the person's id
	 * @param subject the account's subject, or {@code null} to unlink
	 * @return the changed person
	 */
	public PersonResponse linkAccount(Caller caller, UUID id, String subject) {
		Person person = this.people.findById(id).orElseThrow(() -> new PersonNotFound(id));
		if (subject != null) {
			this.people.findByAccountSubject(subject)
				.filter((other) -> !other.getId().equals(id))
				.ifPresent((other) -> {
					throw new AccountAlreadyLinked();
				});
		}
		person.linkAccount(subject, now());
		return changed(caller, "person.link-account", person, false);
	}

	/**
	 * The caller's own profile.
	 * @param caller a person with a linked account
	 * @return the profile
	 */
	public PersonResponse me(Caller caller) {
		Person person = self(caller);
		this.audit.record(entry(caller, "person.read-own", person.getId()));
		return this.mapper.toResponse(person, this.masks);
	}

	/**
	 * Changes the caller's own profile; what only coordinators set stays as it is.
	 * @param caller a person with a linked account
	 * @param expectedVersion the version the caller read
	 * @param request the new profile
	 * @return the changed profile
	 */
	public PersonResponse updateMe(Caller caller, Long expectedVersion, UpdateOwnProfileRequest request) {
		Person person = self(caller);
		expect(person, expectedVersion);
		ProfileRules.Checked checked = this.rules.check(person.getId(), request);
		refuseDuplicates(caller, person, checked.contact(), true);
		person.change(checked.profile(), checked.contact(), now());
		return changed(caller, "person.update-own", person, false);
	}

	/**
	 * Adds a certification to the caller's own profile, unverified.
	 * @param caller a person with a linked account
	 * @param request the certification
	 * @return the changed profile
	 */
	public PersonResponse addMyCertification(Caller caller, CertificationRequest request) {
		Person person = self(caller);
		addCertification(person, request);
		return changed(caller, "certification.add-own", person, false);
	}

	/**
	 * Changes a certification of the caller's own, which returns it to unverified.
	 * @param caller a person with a linked account
	 * @param certificationId the certification
	 * @param request its new details
	 * @return the changed profile
	 */
	public PersonResponse changeMyCertification(Caller caller, UUID certificationId, CertificationRequest request) {
		Person person = self(caller);
		Certification certification = certification(person, certificationId);
		certification.change(this.rules.certification(certificationId, request));
		person.touch(now());
		return changed(caller, "certification.change-own", person, false);
	}

	/**
	 * Records a consent the caller gives.
	 * @param caller a person with a linked account
	 * @param request the consent
	 * @return the changed profile
	 */
	public PersonResponse giveMyConsent(Caller caller, ConsentRequest request) {
		Person person = self(caller);
		person.recordConsent(request.noticeVersion(), request.purposes(), now());
		return changed(caller, "consent.give-own", person, false);
	}

	/**
	 * Withdraws a consent of the caller's own.
	 * @param caller a person with a linked account
	 * @param consentId the consent
	 * @return the changed profile
	 */
	public PersonResponse withdrawMyConsent(Caller caller, UUID consentId) {
		Person person = self(caller);
		withdraw(person, consentId);
		return changed(caller, "consent.withdraw-own", person, false);
	}

	/**
	 * Locks a person the caller may manage until the transaction ends, so that two
	 * bookings of their time are checked one after the other.
	 * @param caller a coordinator of the person
	 * @param id the person's id
	 * @return the person
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public Bookable lockForBooking(Caller caller, UUID id) {
		lock(id);
		Person person = manageable(caller, id, "person.book");
		return new Bookable(person.getId(), person.getStatus(), person.getName());
	}

	/**
	 * Locks the caller's own person record until the transaction ends.
	 * @param caller a person with a linked account
	 * @return the person
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public Bookable lockMe(Caller caller) {
		Person person = self(caller);
		lock(person.getId());
		return new Bookable(person.getId(), person.getStatus(), person.getName());
	}

	/**
	 * The id of the caller's own person record.
	 * @param caller a person with a linked account
	 * @return the id
	 */
	public UUID myId(Caller caller) {
		return self(caller).getId();
	}

	/**
	 * Checks that the caller may manage a person, as if the person did not exist when
	 * not.
	 * @param caller the caller
	 * @param id the person's id
	 * @param action what the caller does, for the audit trail of a refusal
	 */
	public void requireManageable(Caller caller, UUID id, String action) {
		manageable(caller, id, action);
	}

	/**
	 * The names people are shown by to coordinators and requesting partners.
	 * @param ids the people's ids
	 * @return their names, by id
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> displayNames(java.util.Collection<UUID> ids) {
		Map<UUID, String> names = new LinkedHashMap<>();
		this.people.findAllById(ids).forEach((person) -> names.put(person.getId(), person.getName()));
		return names;
	}

	private void lock(UUID id) {
		List<UUID> locked = this.jdbc.queryForList("select id from person where id = :id for update",
				new MapSqlParameterSource("id", id), UUID.class);
		if (locked.isEmpty()) {
			throw new PersonNotFound(id);
		}
	}

	private void addCertification(Person person, CertificationRequest request) {
		UUID certificationId = UUID.randomUUID();
		person.addCertification(certificationId, this.rules.certification(certificationId, request), now());
	}

	private void withdraw(Person person, UUID consentId) {
		person.consent(consentId).orElseThrow(() -> new PersonNotFound(consentId)).withdraw(now());
		person.touch(now());
	}

	private Certification certification(Person person, UUID certificationId) {
		return person.certification(certificationId).orElseThrow(() -> new CertificationNotFound(certificationId));
	}

	private Person visible(Caller caller, UUID id, String action) {
		Person person = this.people.findById(id).orElseThrow(() -> new PersonNotFound(id));
		if (!this.access.canSee(caller, person)) {
			throw denied(caller, action, id, new PersonNotFound(id));
		}
		return person;
	}

	private Person manageable(Caller caller, UUID id, String action) {
		Person person = this.people.findById(id).orElseThrow(() -> new PersonNotFound(id));
		if (!this.access.canManage(caller, person)) {
			throw denied(caller, action, id, new PersonNotFound(id));
		}
		return person;
	}

	private Person self(Caller caller) {
		return this.people.findByAccountSubject(caller.subject()).orElseThrow(NoLinkedPerson::new);
	}

	private void expect(Person person, Long expectedVersion) {
		if (!org.carepool.registry.api.IfMatch.matches(expectedVersion, person.getVersion())) {
			throw new StaleVersion();
		}
	}

	private void refuseDuplicates(Caller caller, Person person, Person.Contact contact, boolean self) {
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

	private void save(Person person) {
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

	private static boolean isUniqueViolation(DataIntegrityViolationException ex) {
		return ex.getMostSpecificCause() instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState());
	}

	private PersonResponse changed(Caller caller, String action, Person person, boolean removed) {
		this.people.saveAndFlush(person);
		this.audit.record(entry(caller, action, person.getId()));
		this.events.publishEvent(new PersonChanged(person.getId(), removed));
		return this.mapper.toResponse(person, this.masks);
	}

	private RuntimeException denied(Caller caller, String action, UUID id, RuntimeException answer) {
		this.audit.denied(entry(caller, action, id));
		return answer;
	}

	private RuntimeException denied(Caller caller, String action, UUID id, RuntimeException answer, String reason) {
		this.audit.denied(entry(caller, action, id).because(reason));
		return answer;
	}

	private static AuditEntry entry(Caller caller, String action, UUID id) {
		return AuditEntry.person(caller.subject(), caller.auditRoles(), action, id);
	}

	private static String likePrefix(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private Instant now() {
		return this.clock.instant();
	}

}
