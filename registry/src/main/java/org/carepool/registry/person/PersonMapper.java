package org.carepool.registry.person;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Maps people to what the API answers; private values pass through {@link Masks}.
 */
@Mapper
interface PersonMapper {

	@Mapping(target = "phone", expression = "java(masks.phone(person))")
	@Mapping(target = "email", expression = "java(masks.email(person))")
	@Mapping(target = "residentId", expression = "java(masks.residentId(person))")
	@Mapping(target = "homeLocation", expression = "java(location(person))")
	@Mapping(target = "accountLinked", expression = "java(person.getAccountSubject() != null)")
	@Mapping(target = "consentToContact", expression = "java(person.consentsToContact())")
	PersonResponse toResponse(Person person, @Context Masks masks);

	@Mapping(target = "number", expression = "java(masks.certificationNumber(certification))")
	PersonResponse.CertificationResponse toResponse(Certification certification, @Context Masks masks);

	PersonResponse.ConsentResponse toResponse(Consent consent);

	PersonResponse.TrainingResponse toResponse(Training training);

	RegisterPersonRequest.LanguageInput toInput(LanguageLevel language);

	RegisterPersonRequest.SkillInput toInput(SkillLevel skill);

	RegisterPersonRequest.SlotInput toInput(WeeklySlot slot);

	RegisterPersonRequest.BlackoutInput toInput(Blackout blackout);

	PersonSummary toSummary(Person person);

	default RegisterPersonRequest.Location location(Person person) {
		return (person.getHomeLatitude() != null && person.getHomeLongitude() != null)
				? new RegisterPersonRequest.Location(person.getHomeLatitude(), person.getHomeLongitude()) : null;
	}

}
