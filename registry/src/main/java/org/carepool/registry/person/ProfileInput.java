package org.carepool.registry.person;

import java.util.List;

/**
 * The profile fields that both a coordinator and the person themselves may change.
 */
interface ProfileInput {

	String name();

	Gender gender();

	Integer birthYear();

	String employer();

	String title();

	String bio();

	String phone();

	String email();

	String residentId();

	String homeStreet();

	RegisterPersonRequest.Location homeLocation();

	List<String> servedStreets();

	List<RegisterPersonRequest.LanguageInput> languages();

	List<RegisterPersonRequest.SkillInput> skills();

	List<RegisterPersonRequest.SlotInput> availability();

	List<RegisterPersonRequest.BlackoutInput> blackouts();

	Integer monthlyCapacityHours();

}
