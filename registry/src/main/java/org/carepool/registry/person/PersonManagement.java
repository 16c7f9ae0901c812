package org.carepool.registry.person;

import java.util.UUID;

import org.carepool.registry.access.Caller;
import org.carepool.registry.audit.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coordinators' work on people: registration, profile, status, certifications, consents,
 * training, contact reveal and account link, each within the coordinator's area. Every
 * read and change is audited; every change that a search document shows is announced as
 * {@link PersonChanged}. People keep their own profile through {@link SelfService}; lists
 * come from {@link PersonListing}.
 */
@Service
@Transactional
public class PersonManagement {

	private final PersonRecords records;

	private final PersonRepository people;

	private final PersonAccess access;

	private final ProfileRules rules;

	private final Masks masks;

	private final AuditTrail audit;

	PersonManagement(PersonRecords records, PersonRepository people, PersonAccess access, ProfileRules rules,
			Masks masks, AuditTrail audit) {
		this.records = records;
		this.people = people;
		this.access = access;
		this.rules = rules;
		this.masks = masks;
		this.audit = audit;
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
		Person person = new Person(id, checked.profile(), checked.contact(), this.rules.engagement(request),
				this.records.now());
		if (!this.access.canManage(caller, person)) {
			throw this.records.denied(caller, "person.register", null,
					org.carepool.registry.api.InvalidInput.of("servedStreets", "street-outside-area"));
		}
		this.records.refuseDuplicates(caller, person, checked.contact(), false);
		this.records.save(person);
		return this.records.changed(caller, "person.register", person, false);
	}

	/**
	 * A person the caller may see.
	 * @param caller the caller
	 * @param id the person's id
	 * @return the person, private values masked
	 */
	@Transactional
	public PersonResponse find(Caller caller, UUID id) {
		Person person = this.records.visible(caller, id, "person.read");
		this.audit.record(PersonRecords.entry(caller, "person.read", id));
		return this.records.response(person);
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
		Person person = this.records.manageable(caller, id, "person.update");
		this.records.expect(person, expectedVersion);
		ProfileRules.Checked checked = this.rules.check(id, request);
		// Checked before the change: a query after it would flush the change and meet the
		// unique constraint first.
		this.records.refuseDuplicates(caller, person, checked.contact(), false);
		person.change(checked.profile(), person.keeping(checked.contact()), this.records.now());
		person.engage(this.rules.engagement(request), this.records.now());
		if (!this.access.canManage(caller, person)) {
			throw this.records.denied(caller, "person.update", id,
					org.carepool.registry.api.InvalidInput.of("servedStreets", "street-outside-area"));
		}
		return this.records.changed(caller, "person.update", person, false);
	}

	/**
	 * Moves a person to another status, if their current status allows it.
	 * @param caller a coordinator of the person
	 * @param id the person's id
	 * @param next the status to move to
	 * @return the changed person
	 */
	public PersonResponse transition(Caller caller, UUID id, PersonStatus next) {
		Person person = this.records.manageable(caller, id, "person." + next.name().toLowerCase());
		if (next == PersonStatus.ERASED) {
			person.erase(this.records.now());
		}
		else {
			person.transition(next, this.records.now());
		}
		return this.records.changed(caller, "person." + next.name().toLowerCase(), person, next == PersonStatus.ERASED);
	}

	/**
	 * Adds a certification for a person, unverified.
	 * @param caller a coordinator of the person
	 * @param id the person's id
	 * @param request the certification
	 * @return the changed person
	 */
	public PersonResponse addCertification(Caller caller, UUID id, CertificationRequest request) {
		Person person = this.records.manageable(caller, id, "certification.add");
		this.records.addCertification(person, request);
		return this.records.changed(caller, "certification.add", person, false);
	}

	/**
	 * Verifies a certification against its original.
	 * @param caller a coordinator of the person
	 * @param id the person's id
	 * @param certificationId the certification's id
	 * @return the changed person
	 */
	public PersonResponse verifyCertification(Caller caller, UUID id, UUID certificationId) {
		Person person = this.records.manageable(caller, id, "certification.verify");
		this.records.certification(person, certificationId).verify(caller.subject(), this.records.now());
		person.touch(this.records.now());
		return this.records.changed(caller, "certification.verify", person, false);
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
		Person person = this.records.manageable(caller, id, "certification.reject");
		this.records.certification(person, certificationId)
			.reject(caller.subject(), this.records.now(), ProfileRules.text(reason));
		person.touch(this.records.now());
		return this.records.changed(caller, "certification.reject", person, false);
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
			throw this.records.denied(caller, "person.contact-reveal", id, new PersonNotFound(id),
					ProfileRules.text(reason));
		}
		this.audit.record(PersonRecords.entry(caller, "person.contact-reveal", id).because(ProfileRules.text(reason)));
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
		Person person = this.records.manageable(caller, id, "training.add");
		person.addTraining(ProfileRules.text(request.course()), request.takenOn(), request.hours(), request.result(),
				this.records.now());
		return this.records.changed(caller, "training.add", person, false);
	}

	/**
	 * Records a consent a person gave, on paper or in person.
	 * @param caller a coordinator of the person
	 * @param id the person's id
	 * @param request the consent
	 * @return the changed person
	 */
	public PersonResponse recordConsent(Caller caller, UUID id, ConsentRequest request) {
		Person person = this.records.manageable(caller, id, "consent.record");
		person.recordConsent(request.noticeVersion(), request.purposes(), this.records.now());
		return this.records.changed(caller, "consent.record", person, false);
	}

	/**
	 * Records that a person withdrew a consent.
	 * @param caller a coordinator of the person
	 * @param id the person's id
	 * @param consentId the consent
	 * @return the changed person
	 */
	public PersonResponse withdrawConsent(Caller caller, UUID id, UUID consentId) {
		Person person = this.records.manageable(caller, id, "consent.withdraw");
		this.records.withdraw(person, consentId);
		return this.records.changed(caller, "consent.withdraw", person, false);
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
		person.linkAccount(subject, this.records.now());
		return this.records.changed(caller, "person.link-account", person, false);
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
		this.records.lock(id);
		Person person = this.records.manageable(caller, id, "person.book");
		return new Bookable(person.getId(), person.getStatus(), person.getName());
	}

	/**
	 * Checks that the caller may manage a person, as if the person did not exist when
	 * not.
	 * @param caller the caller
	 * @param id the person's id
	 * @param action what the caller does, for the audit trail of a refusal
	 */
	public void requireManageable(Caller caller, UUID id, String action) {
		this.records.manageable(caller, id, action);
	}

}
