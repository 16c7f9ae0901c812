package org.carepool.registry.person;

import java.util.UUID;

import org.carepool.registry.access.Caller;
import org.carepool.registry.audit.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People keeping their own record through their linked account: profile, certifications
 * and consents, with what only coordinators set left as it is. Every read and change is
 * audited; every change that a search document shows is announced as
 * {@link PersonChanged}.
 */
@Service
@Transactional
public class SelfService {

	private final PersonRecords records;

	private final ProfileRules rules;

	private final AuditTrail audit;

	private final Masks masks;

	SelfService(PersonRecords records, ProfileRules rules, AuditTrail audit, Masks masks) {
		this.records = records;
		this.rules = rules;
		this.audit = audit;
		this.masks = masks;
	}

	/**
	 * The caller's own profile.
	 * @param caller a person with a linked account
	 * @return the profile
	 */
	public PersonResponse me(Caller caller) {
		Person person = this.records.self(caller);
		this.audit.record(PersonRecords.entry(caller, "person.read-own", person.getId()));
		return this.records.response(person);
	}

	/**
	 * The caller's own contact details in full: their own data, which they may read and
	 * correct, the reading audited like every other.
	 * @param caller a person with a linked account
	 * @return the details
	 */
	public ContactResponse myContact(Caller caller) {
		Person person = this.records.self(caller);
		this.audit.record(PersonRecords.entry(caller, "person.contact-read-own", person.getId()));
		return this.masks.reveal(person);
	}

	/**
	 * Changes the caller's own profile; what only coordinators set stays as it is.
	 * @param caller a person with a linked account
	 * @param expectedVersion the version the caller read
	 * @param request the new profile
	 * @return the changed profile
	 */
	public PersonResponse updateMe(Caller caller, Long expectedVersion, UpdateOwnProfileRequest request) {
		Person person = this.records.self(caller);
		this.records.expect(person, expectedVersion);
		ProfileRules.Checked checked = this.rules.check(person.getId(), request);
		this.records.refuseDuplicates(caller, person, checked.contact(), true);
		person.change(checked.profile(), checked.contact(), this.records.now());
		return this.records.changed(caller, "person.update-own", person, false);
	}

	/**
	 * Adds a certification to the caller's own profile, unverified.
	 * @param caller a person with a linked account
	 * @param request the certification
	 * @return the changed profile
	 */
	public PersonResponse addMyCertification(Caller caller, CertificationRequest request) {
		Person person = this.records.self(caller);
		this.records.addCertification(person, request);
		return this.records.changed(caller, "certification.add-own", person, false);
	}

	/**
	 * Changes a certification of the caller's own, which returns it to unverified.
	 * @param caller a person with a linked account
	 * @param certificationId the certification
	 * @param request its new details
	 * @return the changed profile
	 */
	public PersonResponse changeMyCertification(Caller caller, UUID certificationId, CertificationRequest request) {
		Person person = this.records.self(caller);
		Certification certification = this.records.certification(person, certificationId);
		certification.change(this.rules.certification(certificationId, request));
		person.touch(this.records.now());
		return this.records.changed(caller, "certification.change-own", person, false);
	}

	/**
	 * Records a consent the caller gives.
	 * @param caller a person with a linked account
	 * @param request the consent
	 * @return the changed profile
	 */
	public PersonResponse giveMyConsent(Caller caller, ConsentRequest request) {
		Person person = this.records.self(caller);
		person.recordConsent(request.noticeVersion(), request.purposes(), this.records.now());
		return this.records.changed(caller, "consent.give-own", person, false);
	}

	/**
	 * Withdraws a consent of the caller's own.
	 * @param caller a person with a linked account
	 * @param consentId the consent
	 * @return the changed profile
	 */
	public PersonResponse withdrawMyConsent(Caller caller, UUID consentId) {
		Person person = this.records.self(caller);
		this.records.withdraw(person, consentId);
		return this.records.changed(caller, "consent.withdraw-own", person, false);
	}

	/**
	 * Locks the caller's own person record until the transaction ends.
	 * @param caller a person with a linked account
	 * @return the person
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public Bookable lockMe(Caller caller) {
		Person person = this.records.self(caller);
		this.records.lock(person.getId());
		return new Bookable(person.getId(), person.getStatus(), person.getName());
	}

	/**
	 * The id of the caller's own person record.
	 * @param caller a person with a linked account
	 * @return the id
	 */
	public UUID myId(Caller caller) {
		return this.records.self(caller).getId();
	}

}
