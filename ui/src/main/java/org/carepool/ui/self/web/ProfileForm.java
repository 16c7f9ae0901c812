package org.carepool.ui.self.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What people change about themselves on one page: how to reach them, who they are, their
 * languages and skills with levels, the streets they serve and the hours a month they
 * offer. Languages and skills come as rows of parallel fields, with empty rows to add one
 * without script; empty rows are left out.
 *
 * @param name the name
 * @param phone the mobile number, in full
 * @param email the e-mail address, in full
 * @param employer the employer
 * @param title the professional title
 * @param bio a short biography
 * @param languageCode each language row's code
 * @param languageLevel each language row's level
 * @param skillCode each skill row's code
 * @param skillLevel each skill row's level
 * @param skillYears each skill row's years of experience
 * @param servedStreets the streets served
 * @param monthlyCapacityHours hours a month offered
 */
record ProfileForm(String name, String phone, String email, String employer, String title, String bio,
		List<String> languageCode, List<String> languageLevel, List<String> skillCode, List<String> skillLevel,
		List<String> skillYears, List<String> servedStreets, String monthlyCapacityHours) {

	private static final int EMPTY_ROWS = 2;

	static ProfileForm of(Map<String, Object> me, Map<String, Object> contact) {
		List<String> languageCode = new ArrayList<>();
		List<String> languageLevel = new ArrayList<>();
		for (Map<String, Object> language : ProfileController.list(me, "languages")) {
			languageCode.add(text(language.get("code")));
			languageLevel.add(text(language.get("level")));
		}
		List<String> skillCode = new ArrayList<>();
		List<String> skillLevel = new ArrayList<>();
		List<String> skillYears = new ArrayList<>();
		for (Map<String, Object> skill : ProfileController.list(me, "skills")) {
			skillCode.add(text(skill.get("code")));
			skillLevel.add(text(skill.get("level")));
			skillYears.add(text(skill.get("years")));
		}
		@SuppressWarnings("unchecked")
		List<String> streets = (me.get("servedStreets") instanceof List<?> given)
				? new ArrayList<>((List<String>) given) : new ArrayList<>();
		return new ProfileForm(text(me.get("name")), text(contact.get("phone")), text(contact.get("email")),
				text(me.get("employer")), text(me.get("title")), text(me.get("bio")), languageCode, languageLevel,
				skillCode, skillLevel, skillYears, streets, text(me.get("monthlyCapacityHours")));
	}

	/**
	 * The language rows to show: those given and some empty ones.
	 * @return the rows, each with {@code code} and {@code level}
	 */
	public List<Map<String, String>> languageRows() {
		List<Map<String, String>> rows = new ArrayList<>();
		int given = size(this.languageCode);
		for (int i = 0; i < given + EMPTY_ROWS; i++) {
			rows.add(Map.of("code", at(this.languageCode, i), "level", at(this.languageLevel, i)));
		}
		return rows;
	}

	/**
	 * The skill rows to show: those given and some empty ones.
	 * @return the rows, each with {@code code}, {@code level} and {@code years}
	 */
	public List<Map<String, String>> skillRows() {
		List<Map<String, String>> rows = new ArrayList<>();
		int given = size(this.skillCode);
		for (int i = 0; i < given + EMPTY_ROWS; i++) {
			rows.add(Map.of("code", at(this.skillCode, i), "level", at(this.skillLevel, i), "years",
					at(this.skillYears, i)));
		}
		return rows;
	}

	public boolean serves(String street) {
		return this.servedStreets != null && this.servedStreets.contains(street);
	}

	void applyTo(Map<String, Object> body) {
		put(body, "name", this.name);
		put(body, "phone", this.phone);
		put(body, "email", this.email);
		put(body, "employer", this.employer);
		put(body, "title", this.title);
		put(body, "bio", this.bio);
		List<Map<String, Object>> languages = new ArrayList<>();
		for (int i = 0; i < size(this.languageCode); i++) {
			if (!at(this.languageCode, i).isBlank()) {
				Map<String, Object> language = new LinkedHashMap<>();
				language.put("code", at(this.languageCode, i));
				language.put("level", number(at(this.languageLevel, i)));
				languages.add(language);
			}
		}
		body.put("languages", languages);
		List<Map<String, Object>> skills = new ArrayList<>();
		for (int i = 0; i < size(this.skillCode); i++) {
			if (!at(this.skillCode, i).isBlank()) {
				Map<String, Object> skill = new LinkedHashMap<>();
				skill.put("code", at(this.skillCode, i));
				skill.put("level", number(at(this.skillLevel, i)));
				if (!at(this.skillYears, i).isBlank()) {
					skill.put("years", number(at(this.skillYears, i)));
				}
				skills.add(skill);
			}
		}
		body.put("skills", skills);
		body.put("servedStreets", (this.servedStreets != null) ? this.servedStreets : List.of());
		if (this.monthlyCapacityHours != null && !this.monthlyCapacityHours.isBlank()) {
			body.put("monthlyCapacityHours", number(this.monthlyCapacityHours.strip()));
		}
		else {
			body.remove("monthlyCapacityHours");
		}
	}

	/**
	 * A number as a number; anything else as typed, for the registry to name the field.
	 */
	static Object number(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return value.strip();
		}
	}

	private static void put(Map<String, Object> body, String field, String value) {
		if (value != null && !value.isBlank()) {
			body.put(field, value.strip());
		}
		else {
			body.remove(field);
		}
	}

	private static int size(List<String> values) {
		return (values != null) ? values.size() : 0;
	}

	private static String at(List<String> values, int index) {
		return (values != null && index < values.size() && values.get(index) != null) ? values.get(index).strip() : "";
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

}
