package org.carepool.registry.person;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.carepool.registry.access.Caller;
import org.carepool.registry.api.InvalidInput;
import org.carepool.registry.api.InvalidInput.Violation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People who come in from a coordinator's roster: screened by the same rules as a
 * registration before anything is written, then registered or merged into the person they
 * duplicate, each audited and announced on the change feed like any registration.
 */
@Service
@Transactional
public class PersonImports {

	private final PersonRecords records;

	private final PersonRepository people;

	private final PersonAccess access;

	private final ProfileRules rules;

	PersonImports(PersonRecords records, PersonRepository people, PersonAccess access, ProfileRules rules) {
		this.records = records;
		this.people = people;
		this.access = access;
		this.rules = rules;
	}

	/**
	 * Checks a person against the registration rules and the registry, writing nothing.
	 * @param caller the coordinator importing
	 * @param request the person's details
	 * @return what the rules say
	 */
	@Transactional(readOnly = true)
	public Screening screen(Caller caller, RegisterPersonRequest request) {
		UUID id = UUID.randomUUID();
		List<Violation> violations = new ArrayList<>();
		ProfileRules.Checked checked = null;
		try {
			checked = this.rules.check(id, request);
			this.rules.engagement(request);
		}
		catch (InvalidInput ex) {
			violations.addAll(ex.violations());
		}
		if (checked == null) {
			return new Screening(violations, null, null, Optional.empty());
		}
		Person person = new Person(id, checked.profile(), checked.contact(), engagementOrDefault(request),
				this.records.now());
		if (!this.access.canManage(caller, person)) {
			violations.add(new Violation("servedStreets", "street-outside-area"));
		}
		Optional<Screening.Duplicate> duplicate = duplicate(caller, "residentId", checked.contact().residentIdHash(),
				this.people::findIdsByResidentIdHash);
		if (duplicate.isEmpty()) {
			duplicate = duplicate(caller, "phone", checked.contact().phoneHash(), this.people::findIdsByPhoneHash);
		}
		return new Screening(violations, checked.contact().phoneHash(), checked.contact().residentIdHash(), duplicate);
	}

	/**
	 * Registers a person from a roster as an applicant.
	 * @param caller the coordinator importing
	 * @param request the person's details
	 * @param certifications certification types to record, unverified
	 * @return the person's id
	 */
	public UUID register(Caller caller, RegisterPersonRequest request, List<CertificationRequest> certifications) {
		UUID id = UUID.randomUUID();
		ProfileRules.Checked checked = this.rules.check(id, request);
		Person person = new Person(id, checked.profile(), checked.contact(), this.rules.engagement(request),
				this.records.now());
		if (!this.access.canManage(caller, person)) {
			throw this.records.denied(caller, "person.import", null,
					InvalidInput.of("servedStreets", "street-outside-area"));
		}
		refuseDuplicates(person, checked.contact());
		certifications.forEach((certification) -> this.records.addCertification(person, certification));
		this.records.save(person);
		this.records.changed(caller, "person.import", person, false);
		return id;
	}

	/**
	 * Merges a person from a roster into the person already registered with the same
	 * number: what the roster adds (skills, streets, types, certifications, values the
	 * record lacks) is added, what the record has is kept.
	 * @param caller a coordinator of the existing person
	 * @param existing the registered person
	 * @param request the roster's details
	 * @param certifications certification types to record, unverified, unless the person
	 * has them
	 * @return the person's id
	 */
	public UUID merge(Caller caller, UUID existing, RegisterPersonRequest request,
			List<CertificationRequest> certifications) {
		Person person = this.records.manageable(caller, existing, "person.import-merge");
		ProfileRules.Checked checked = this.rules.check(existing, request);
		Person.Profile old = person.getProfile();
		Person.Profile incoming = checked.profile();
		Set<String> served = new LinkedHashSet<>(old.servedStreets());
		served.addAll(incoming.servedStreets());
		Map<String, LanguageLevel> languages = new LinkedHashMap<>();
		incoming.languages().forEach((language) -> languages.put(language.getCode(), language));
		old.languages().forEach((language) -> languages.put(language.getCode(), language));
		Map<String, SkillLevel> skills = new LinkedHashMap<>();
		incoming.skills().forEach((skill) -> skills.put(skill.getCode(), skill));
		old.skills().forEach((skill) -> skills.put(skill.getCode(), skill));
		Person.Profile merged = new Person.Profile(old.name(), either(old.gender(), incoming.gender()),
				either(old.birthYear(), incoming.birthYear()), either(old.employer(), incoming.employer()),
				either(old.title(), incoming.title()), either(old.bio(), incoming.bio()),
				either(old.homeStreet(), incoming.homeStreet()), either(old.homeLatitude(), incoming.homeLatitude()),
				either(old.homeLongitude(), incoming.homeLongitude()), served, new ArrayList<>(languages.values()),
				new ArrayList<>(skills.values()), old.availability(), old.blackouts(),
				Math.max(old.monthlyCapacityHours(), incoming.monthlyCapacityHours()));
		Person.Contact had = person.getContact();
		Person.Contact more = checked.contact();
		boolean phone = had.phoneHash() == null && more.phoneHash() != null;
		boolean email = had.emailHash() == null && more.emailHash() != null;
		boolean residentId = had.residentIdHash() == null && more.residentIdHash() != null;
		Person.Contact contact = new Person.Contact(phone ? more.phoneSealed() : had.phoneSealed(),
				phone ? more.phoneHash() : had.phoneHash(), email ? more.emailSealed() : had.emailSealed(),
				email ? more.emailHash() : had.emailHash(),
				residentId ? more.residentIdSealed() : had.residentIdSealed(),
				residentId ? more.residentIdHash() : had.residentIdHash());
		refuseDuplicates(person, contact);
		Set<PersonType> types = new LinkedHashSet<>(person.getTypes());
		types.addAll(request.types());
		person.change(merged, contact, this.records.now());
		person.engage(new Person.Engagement(types,
				person.isTrainedForSpecialFamilies() || Boolean.TRUE.equals(request.trainedForSpecialFamilies()),
				person.getAgreementSignedOn(), person.getAgreementValidUntil()), this.records.now());
		Set<String> held = new LinkedHashSet<>();
		person.getCertifications().forEach((certification) -> held.add(certification.getType()));
		certifications.stream()
			.filter((certification) -> held.add(certification.type()))
			.forEach((certification) -> this.records.addCertification(person, certification));
		this.records.changed(caller, "person.import-merge", person, false);
		return existing;
	}

	private Optional<Screening.Duplicate> duplicate(Caller caller, String field, String hash,
			java.util.function.Function<String, List<UUID>> lookup) {
		List<UUID> ids = (hash != null) ? lookup.apply(hash) : List.of();
		if (ids.isEmpty()) {
			return Optional.empty();
		}
		Person other = this.people.findById(ids.get(0)).orElse(null);
		if (other != null && this.access.canManage(caller, other)) {
			return Optional
				.of(new Screening.Duplicate(field, Optional.of(other.getId()), Optional.of(other.getName())));
		}
		return Optional.of(new Screening.Duplicate(field, Optional.empty(), Optional.empty()));
	}

	private void refuseDuplicates(Person person, Person.Contact contact) {
		refuse(contact.residentIdHash(), this.people::findIdsByResidentIdHash, person, "residentId");
		refuse(contact.phoneHash(), this.people::findIdsByPhoneHash, person, "phone");
	}

	private void refuse(String hash, java.util.function.Function<String, List<UUID>> lookup, Person person,
			String field) {
		if (hash != null && lookup.apply(hash).stream().anyMatch((id) -> !id.equals(person.getId()))) {
			// Screened before the batch; someone registered the same number since.
			throw new DuplicatePerson(field, null, DuplicatePerson.Audience.STREET_COORDINATOR);
		}
	}

	private Person.Engagement engagementOrDefault(RegisterPersonRequest request) {
		return new Person.Engagement(Set.copyOf(request.types()),
				Boolean.TRUE.equals(request.trainedForSpecialFamilies()), request.agreementSignedOn(),
				request.agreementValidUntil());
	}

	private static <T> T either(T kept, T added) {
		return (kept != null) ? kept : added;
	}

}
