package org.carepool.ui.people.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's record as a coordinator types it from a paper form: who they are, how to
 * reach them, where they live and serve, one skill with its level, and their agreement.
 * Empty fields are left out, so the registry judges only what was written.
 *
 * @param name the name
 * @param gender the gender
 * @param birthYear the year of birth
 * @param phone the mobile number
 * @param email the e-mail address
 * @param employer the employer
 * @param title the professional title
 * @param homeStreet the street they live in
 * @param servedStreets the streets they serve
 * @param types volunteer, expert, instructor
 * @param skill a skill's code
 * @param skillLevel its level
 * @param skillYears years of experience
 * @param monthlyCapacityHours hours a month they offer
 * @param trainedForSpecialFamilies whether they are trained for special families
 * @param agreementSignedOn when the agreement was signed
 * @param agreementValidUntil until when it is valid
 * @param bio a short biography
 */
record PersonForm(String name, String gender, String birthYear, String phone, String email, String employer,
		String title, String homeStreet, List<String> servedStreets, List<String> types, String skill,
		String skillLevel, String skillYears, String monthlyCapacityHours, String trainedForSpecialFamilies,
		String agreementSignedOn, String agreementValidUntil, String bio) {

	static PersonForm empty() {
		return new PersonForm(null, null, null, null, null, null, null, null, List.of(), List.of(), null, null, null,
				null, null, null, null, null);
	}

	public boolean serves(String street) {
		return this.servedStreets != null && this.servedStreets.contains(street);
	}

	public boolean is(String type) {
		return this.types != null && this.types.contains(type);
	}

	Map<String, Object> toRegistration() {
		Map<String, Object> body = new LinkedHashMap<>();
		put(body, "name", this.name);
		put(body, "gender", this.gender);
		put(body, "birthYear", this.birthYear);
		put(body, "phone", this.phone);
		put(body, "email", this.email);
		put(body, "employer", this.employer);
		put(body, "title", this.title);
		put(body, "homeStreet", this.homeStreet);
		body.put("servedStreets", (this.servedStreets != null) ? this.servedStreets : List.of());
		body.put("types", (this.types != null) ? this.types : List.of());
		List<Map<String, Object>> skills = new ArrayList<>();
		if (this.skill != null && !this.skill.isBlank()) {
			Map<String, Object> skill = new LinkedHashMap<>();
			skill.put("code", this.skill);
			put(skill, "level", this.skillLevel);
			put(skill, "years", this.skillYears);
			skills.add(skill);
		}
		body.put("skills", skills);
		put(body, "monthlyCapacityHours", this.monthlyCapacityHours);
		body.put("trainedForSpecialFamilies", "true".equals(this.trainedForSpecialFamilies));
		put(body, "agreementSignedOn", this.agreementSignedOn);
		put(body, "agreementValidUntil", this.agreementValidUntil);
		put(body, "bio", this.bio);
		return body;
	}

	private static void put(Map<String, Object> body, String field, String value) {
		if (value != null && !value.isBlank()) {
			body.put(field, value.strip());
		}
	}

}
