package org.carepool.registry.person;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.carepool.registry.api.InvalidInput;
import org.carepool.registry.api.InvalidInput.Violation;
import org.carepool.registry.privacy.EmailAddress;
import org.carepool.registry.privacy.InvalidPrivateValue;
import org.carepool.registry.privacy.MobileNumber;
import org.carepool.registry.privacy.ResidentIdNumber;
import org.carepool.registry.taxonomy.Taxonomy;
import org.carepool.registry.taxonomy.Taxonomy.Kind;

import org.springframework.stereotype.Component;

/**
 * Checks what callers send against the domain's rules and normalises it: codes exist in
 * the taxonomy, time ranges lie within the week and do not overlap, dates make sense,
 * private values are valid; every violation is reported at once, by field.
 */
@Component
class ProfileRules {

	static final int MINUTES_PER_WEEK = 7 * 24 * 60;

	// The district's extent, generously: a home location outside it is a typo.
	private static final double SOUTH = 31.15;

	private static final double NORTH = 31.35;

	private static final double WEST = 121.30;

	private static final double EAST = 121.52;

	private static final double GRID = 0.005;

	private final Taxonomy taxonomy;

	private final Masks masks;

	private final Clock clock;

	ProfileRules(Taxonomy taxonomy, Masks masks, Clock clock) {
		this.taxonomy = taxonomy;
		this.masks = masks;
		this.clock = clock;
	}

	Checked check(UUID personId, ProfileInput input) {
		List<Violation> violations = new ArrayList<>();
		String phone = privateValue(input.phone(), "phone", violations, (text) -> MobileNumber.parse(text).value());
		String email = privateValue(input.email(), "email", violations, (text) -> EmailAddress.parse(text).value());
		String residentId = privateValue(input.residentId(), "residentId", violations,
				(text) -> ResidentIdNumber.parse(text, this.clock).value());
		String homeStreet = code(Kind.STREETS, text(input.homeStreet()), "homeStreet", violations);
		Set<String> served = new LinkedHashSet<>();
		each(input.servedStreets(), "servedStreets", violations, (street, field) -> {
			String code = code(Kind.STREETS, text(street), field, violations);
			if (code != null && !served.add(code)) {
				violations.add(new Violation(field, "duplicate"));
			}
		});
		List<LanguageLevel> languages = new ArrayList<>();
		Set<String> languageCodes = new HashSet<>();
		each(input.languages(), "languages", violations, (language, field) -> {
			String code = code(Kind.LANGUAGES, text(language.code()), field + ".code", violations);
			if (code != null && !languageCodes.add(code)) {
				violations.add(new Violation(field + ".code", "duplicate"));
			}
			languages.add(new LanguageLevel(code, language.level()));
		});
		List<SkillLevel> skills = new ArrayList<>();
		Set<String> skillCodes = new HashSet<>();
		each(input.skills(), "skills", violations, (skill, field) -> {
			String code = code(Kind.SKILLS, text(skill.code()), field + ".code", violations);
			if (code != null && !skillCodes.add(code)) {
				violations.add(new Violation(field + ".code", "duplicate"));
			}
			skills.add(new SkillLevel(code, skill.level(), (skill.years() != null) ? skill.years() : 0));
		});
		List<WeeklySlot> availability = availability(input.availability(), violations);
		List<Blackout> blackouts = blackouts(input.blackouts(), violations);
		Double latitude = null;
		Double longitude = null;
		if (input.homeLocation() != null) {
			double lat = input.homeLocation().latitude();
			double lon = input.homeLocation().longitude();
			if (lat < SOUTH || lat > NORTH || lon < WEST || lon > EAST) {
				violations.add(new Violation("homeLocation", "location.outside-district"));
			}
			latitude = coarse(lat);
			longitude = coarse(lon);
		}
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations);
		}
		Person.Profile profile = new Person.Profile(name(input.name()), input.gender(), input.birthYear(),
				text(input.employer()), text(input.title()), text(input.bio()), homeStreet, latitude, longitude, served,
				languages, skills, availability, blackouts,
				(input.monthlyCapacityHours() != null) ? input.monthlyCapacityHours() : 0);
		Person.Contact contact = new Person.Contact(this.masks.seal(phone, personId, "phone"),
				this.masks.blindIndex("phone", phone), this.masks.seal(email, personId, "email"),
				this.masks.blindIndex("email", email), this.masks.seal(residentId, personId, "resident-id"),
				this.masks.blindIndex("resident-id", residentId));
		return new Checked(profile, contact);
	}

	Person.Engagement engagement(RegisterPersonRequest request) {
		if (request.agreementSignedOn() != null && request.agreementValidUntil() != null
				&& request.agreementValidUntil().isBefore(request.agreementSignedOn())) {
			throw InvalidInput.of("agreementValidUntil", "agreement.order");
		}
		return new Person.Engagement(Set.copyOf(request.types()),
				Boolean.TRUE.equals(request.trainedForSpecialFamilies()), request.agreementSignedOn(),
				request.agreementValidUntil());
	}

	Certification.CertificationDetails certification(UUID certificationId, CertificationRequest request) {
		List<Violation> violations = new ArrayList<>();
		String type = code(Kind.CERTIFICATION_TYPES, text(request.type()), "type", violations);
		LocalDate today = LocalDate.now(this.clock);
		if (request.issuedOn() != null && request.issuedOn().isAfter(today)) {
			violations.add(new Violation("issuedOn", "dates.future"));
		}
		if (request.issuedOn() != null && request.expiresOn() != null
				&& !request.expiresOn().isAfter(request.issuedOn())) {
			violations.add(new Violation("expiresOn", "dates.expiry-before-issue"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations);
		}
		String number = compact(request.number());
		return new Certification.CertificationDetails(type, this.masks.seal(number, certificationId, "number"),
				text(request.issuer()), request.issuedOn(), request.expiresOn());
	}

	private List<WeeklySlot> availability(List<RegisterPersonRequest.SlotInput> slots, List<Violation> violations) {
		List<WeeklySlot> checked = new ArrayList<>();
		each(slots, "availability", violations, (slot, field) -> {
			if (slot.start() < 0 || slot.end() > MINUTES_PER_WEEK) {
				violations.add(new Violation(field, "availability.outside-week"));
			}
			else if (slot.end() <= slot.start()) {
				violations.add(new Violation(field, "availability.empty"));
			}
			else {
				checked.add(new WeeklySlot(slot.start(), slot.end()));
			}
		});
		checked.sort(Comparator.comparingInt(WeeklySlot::getStart));
		for (int i = 1; i < checked.size(); i++) {
			if (checked.get(i).getStart() < checked.get(i - 1).getEnd()) {
				violations.add(new Violation("availability", "availability.overlap"));
				break;
			}
		}
		return checked;
	}

	private List<Blackout> blackouts(List<RegisterPersonRequest.BlackoutInput> blackouts, List<Violation> violations) {
		List<Blackout> checked = new ArrayList<>();
		each(blackouts, "blackouts", violations, (blackout, field) -> {
			if (blackout.to().isBefore(blackout.from())) {
				violations.add(new Violation(field, "blackout.order"));
			}
			else {
				checked.add(new Blackout(blackout.from(), blackout.to()));
			}
		});
		checked.sort(Comparator.comparing(Blackout::getFrom));
		for (int i = 1; i < checked.size(); i++) {
			if (!checked.get(i).getFrom().isAfter(checked.get(i - 1).getTo())) {
				violations.add(new Violation("blackouts", "blackout.overlap"));
				break;
			}
		}
		return checked;
	}

	private String code(Kind kind, String code, String field, List<Violation> violations) {
		if (code == null) {
			return null;
		}
		if (!this.taxonomy.contains(kind, code)) {
			violations.add(new Violation(field, "unknown-code"));
			return null;
		}
		return code;
	}

	private static String privateValue(String text, String field, List<Violation> violations,
			Function<String, String> parse) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return parse.apply(text);
		}
		catch (InvalidPrivateValue ex) {
			violations.add(new Violation(field, ex.code()));
			return null;
		}
	}

	private static <T> void each(List<T> values, String field, List<Violation> violations,
			java.util.function.BiConsumer<T, String> check) {
		if (values == null) {
			return;
		}
		for (int i = 0; i < values.size(); i++) {
			check.accept(values.get(i), field + "[" + i + "]");
		}
	}

	/**
	 * Normalises free text to composed Unicode without surrounding spaces; keeps
	 * full-width punctuation, which Chinese text needs.
	 */
	static String text(String value) {
		if (value == null) {
			return null;
		}
		String normalised = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
		return normalised.isEmpty() ? null : normalised;
	}

	/**
	 * Normalises a name: compatibility forms (full-width letters), no stray or doubled
	 * spaces.
	 */
	static String name(String value) {
		String normalised = Normalizer.normalize(value, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
		return normalised;
	}

	private static String compact(String value) {
		if (value == null) {
			return null;
		}
		String normalised = Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("\\s+", "");
		return normalised.isEmpty() ? null : normalised;
	}

	private static double coarse(double degrees) {
		return java.math.BigDecimal.valueOf(Math.round(degrees / GRID) * 5, 3).doubleValue();
	}

	/**
	 * A checked profile and the contact details sealed for storage.
	 */
	record Checked(Person.Profile profile, Person.Contact contact) {
	}

}
