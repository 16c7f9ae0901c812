package org.carepool.registry.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.carepool.registry.access.Caller;
import org.carepool.registry.access.Callers;

import org.springframework.stereotype.Component;

/**
 * Registers people for tests through the registry's own service, as a district
 * coordinator.
 */
@Component
public class PersonFixtures {

	private final PersonManagement people;

	private final Caller coordinator = Callers.COORDINATOR.caller("fixture-coordinator");

	PersonFixtures(PersonManagement people) {
		this.people = people;
	}

	/**
	 * A request for a typical expert serving one street.
	 * @param name the name
	 * @param street the street served
	 * @return the request
	 */
	public static RegisterPersonRequest expert(String name, String street) {
		return new RegisterPersonRequest(name, Gender.FEMALE, 1975, "上海市精神卫生中心", "二级心理咨询师", "从事哀伤辅导十年，擅长失独家庭心理支持。",
				null, null, null, street, new RegisterPersonRequest.Location(31.2401, 121.3802), List.of(street),
				List.of(new RegisterPersonRequest.LanguageInput("zh-cmn", 5),
						new RegisterPersonRequest.LanguageInput("zh-wuu", 4)),
				List.of(new RegisterPersonRequest.SkillInput("psy.grief", 4, 10)),
				List.of(new RegisterPersonRequest.SlotInput(5 * 1440 + 540, 5 * 1440 + 720)), List.of(), 16,
				Set.of(PersonType.EXPERT), true, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
	}

	/**
	 * Registers a person serving a street, consenting to be contacted.
	 * @param street the street served
	 * @return the person
	 */
	public PersonResponse register(String street) {
		PersonResponse person = this.people.register(this.coordinator, expert("测试专家", street));
		return this.people.recordConsent(this.coordinator, person.id(),
				new ConsentRequest("2026-01", List.of("registry", "matching", "contact")));
	}

	/**
	 * Registers a person serving a street and links an account to them.
	 * @param street the street served
	 * @param subject the account
	 * @return the person
	 */
	public PersonResponse registerLinked(String street, String subject) {
		PersonResponse person = register(street);
		return this.people.linkAccount(Callers.ADMIN.caller("fixture-admin"), person.id(), subject);
	}

	/**
	 * Activates a person.
	 * @param id the person
	 * @return the person
	 */
	public PersonResponse activate(UUID id) {
		return this.people.transition(this.coordinator, id, PersonStatus.ACTIVE);
	}

	/**
	 * Adds an unverified certification.
	 * @param id the person
	 * @return the person
	 */
	public PersonResponse certify(UUID id) {
		return this.people.addCertification(this.coordinator, id, new CertificationRequest("psychological-counsellor",
				"2011030000123456", "上海市人力资源和社会保障局", LocalDate.of(2015, 6, 1), null));
	}

}
