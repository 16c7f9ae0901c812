package org.carepool.ui.apply.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public application as the applicant fills it in over the steps: who they are, what
 * they offer and when, then the consents and the agreement.
 *
 * @param type {@code VOLUNTEER} or {@code EXPERT}
 * @param name the applicant's name
 * @param phone a mobile number
 * @param email an e-mail address
 * @param streets the streets they would serve
 * @param skills the skills they offer
 * @param slots weekly slots such as {@code TUESDAY-PM}
 * @param purposes the purposes consented to
 * @param agreementSigned whether they signed the agreement
 * @param started the signed time the form was opened
 * @param website the field people never see
 */
record ApplicationForm(String type, String name, String phone, String email, List<String> streets, List<String> skills,
		List<String> slots, List<String> purposes, Boolean agreementSigned, String started, String website) {

	static final List<String> DAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
			"SUNDAY");

	/** Parts of a day and their minutes from midnight. */
	static final Map<String, int[]> PARTS = Map.of("AM", new int[] { 540, 720 }, "PM", new int[] { 840, 1020 }, "EVE",
			new int[] { 1080, 1260 });

	static final List<String> PART_ORDER = List.of("AM", "PM", "EVE");

	ApplicationForm {
		type = "EXPERT".equals(type) ? "EXPERT" : "VOLUNTEER";
		streets = (streets != null) ? List.copyOf(streets) : List.of();
		skills = (skills != null) ? List.copyOf(skills) : List.of();
		slots = (slots != null) ? List.copyOf(slots) : List.of();
		purposes = (purposes != null) ? List.copyOf(purposes) : List.of();
		// An unticked box sends nothing.
		agreementSigned = Boolean.TRUE.equals(agreementSigned);
	}

	static ApplicationForm empty(String started) {
		return new ApplicationForm("VOLUNTEER", null, null, null, List.of(), List.of(), List.of(), List.of(), false,
				started, null);
	}

	/**
	 * What is missing from the first step, by field.
	 * @return message keys by field id
	 */
	Map<String, String> missing() {
		Map<String, String> missing = new LinkedHashMap<>();
		if (blank(this.name)) {
			missing.put("name", "apply.error.name");
		}
		if (blank(this.phone) && blank(this.email)) {
			missing.put("phone", "apply.error.contact");
		}
		if (this.streets.isEmpty()) {
			missing.put("streets", "apply.error.streets");
		}
		if (this.streets.size() > 5) {
			missing.put("streets", "apply.error.tooManyStreets");
		}
		return missing;
	}

	/**
	 * The registry's application body.
	 * @param noticeVersion the notice shown
	 * @param agreementVersion the agreement shown
	 * @return the body
	 */
	Map<String, Object> toApplication(String noticeVersion, String agreementVersion) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", strip(this.name));
		if (!blank(this.phone)) {
			body.put("phone", this.phone.strip());
		}
		if (!blank(this.email)) {
			body.put("email", this.email.strip());
		}
		body.put("type", this.type);
		body.put("skills", this.skills);
		body.put("streets", this.streets);
		body.put("availability", availability());
		body.put("noticeVersion", noticeVersion);
		body.put("purposes", this.purposes);
		body.put("agreementVersion", agreementVersion);
		body.put("agreementSigned", this.agreementSigned);
		return body;
	}

	/**
	 * The chosen slots as minute-of-week ranges (Monday 00:00 Shanghai time is 0).
	 * @return the ranges
	 */
	List<Map<String, Integer>> availability() {
		List<Map<String, Integer>> ranges = new ArrayList<>();
		for (int day = 0; day < DAYS.size(); day++) {
			for (String part : PART_ORDER) {
				if (this.slots.contains(DAYS.get(day) + "-" + part)) {
					int[] minutes = PARTS.get(part);
					ranges.add(Map.of("start", day * 1440 + minutes[0], "end", day * 1440 + minutes[1]));
				}
			}
		}
		return ranges;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : null;
	}

}
