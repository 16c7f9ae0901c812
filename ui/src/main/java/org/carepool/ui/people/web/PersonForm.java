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

	/**
	 * A person's record as the edit form shows it. The private values are not filled in:
	 * the page only ever sees them masked, and left empty they stay as recorded.
	 * @param person the registry's person
	 * @return the form
	 */
	@SuppressWarnings("unchecked")
	static PersonForm of(Map<String, Object> person) {
		return new PersonForm(text(person.get("name")), text(person.get("gender")), text(person.get("birthYear")), null,
				null, text(person.get("employer")), text(person.get("title")), text(person.get("homeStreet")),
				List.copyOf((java.util.Collection<String>) person.getOrDefault("servedStreets", List.of())),
				List.copyOf((java.util.Collection<String>) person.getOrDefault("types", List.of())), null, null, null,
				text(person.get("monthlyCapacityHours")),
				Boolean.TRUE.equals(person.get("trainedForSpecialFamilies")) ? "true" : null,
				text(person.get("agreementSignedOn")), text(person.get("agreementValidUntil")),
				text(person.get("bio")));
	}

	/**
	 * The registry's replacement of a person's record: what the form edits, and the rest
	 * (skills, languages, availability, blackouts, home location) as recorded.
	 * @param current the person as the registry has them now
	 * @return the body of the replacement
	 */
	Map<String, Object> toReplacement(Map<String, Object> current) {
		Map<String, Object> body = toRegistration();
		for (String kept : new String[] { "skills", "languages", "availability", "blackouts", "homeLocation" }) {
			if (current.get(kept) != null) {
				body.put(kept, current.get(kept));
			}
		}
		return body;
	}

	/**
	 * Where this form differs from another, for a conflict: the fields someone else
	 * changed, or that differ from what the user typed.
	 * @param theirs the record as saved meanwhile
	 * @return the differing fields, each with this form's and their value
	 */
	List<Difference> differences(PersonForm theirs) {
		List<Difference> differences = new ArrayList<>();
		compare(differences, "name", this.name, theirs.name);
		compare(differences, "gender", this.gender, theirs.gender);
		compare(differences, "birthYear", this.birthYear, theirs.birthYear);
		compare(differences, "employer", this.employer, theirs.employer);
		compare(differences, "jobTitle", this.title, theirs.title);
		compare(differences, "homeStreet", this.homeStreet, theirs.homeStreet);
		compare(differences, "servedStreets", sorted(this.servedStreets), sorted(theirs.servedStreets));
		compare(differences, "types", sorted(this.types), sorted(theirs.types));
		compare(differences, "capacity", this.monthlyCapacityHours, theirs.monthlyCapacityHours);
		compare(differences, "special", flag(this.trainedForSpecialFamilies), flag(theirs.trainedForSpecialFamilies));
		compare(differences, "agreementSignedOn", this.agreementSignedOn, theirs.agreementSignedOn);
		compare(differences, "agreementValidUntil", this.agreementValidUntil, theirs.agreementValidUntil);
		compare(differences, "bio", this.bio, theirs.bio);
		return differences;
	}

	/**
	 * One field that differs.
	 *
	 * @param field the field, named as the form's label ({@code people.register.<field>})
	 * @param yours what the user typed
	 * @param theirs what is saved now
	 */
	record Difference(String field, String yours, String theirs) {
	}

	private static void compare(List<Difference> differences, String field, String yours, String theirs) {
		String mine = (yours != null) ? yours.strip() : "";
		String other = (theirs != null) ? theirs.strip() : "";
		if (!mine.equals(other)) {
			differences.add(new Difference(field, mine, other));
		}
	}

	private static String sorted(List<String> values) {
		return (values == null) ? "" : String.join("、", values.stream().sorted().toList());
	}

	private static String flag(String value) {
		return "true".equals(value) ? "true" : "";
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
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
