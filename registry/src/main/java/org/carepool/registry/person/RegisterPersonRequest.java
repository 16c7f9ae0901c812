package org.carepool.registry.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Everything a coordinator records about a person, to register them or to replace their
 * record.
 *
 * @param name the name, as on their resident ID
 * @param gender the gender
 * @param birthYear the year of birth
 * @param employer the employer (工作单位)
 * @param title the professional title (职称)
 * @param bio a short biography
 * @param phone a mainland mobile number
 * @param email an e-mail address
 * @param residentId the resident ID number (居民身份证号码)
 * @param homeStreet the street or town they live in
 * @param homeLocation where they live, rounded to about 500 m when stored
 * @param servedStreets the streets and towns they serve
 * @param languages languages and dialects with a level
 * @param skills skills from the taxonomy with level and years
 * @param availability weekly availability in minutes from Monday 00:00
 * @param blackouts days they cannot serve
 * @param monthlyCapacityHours hours a month they offer
 * @param types volunteer, expert, instructor
 * @param trainedForSpecialFamilies whether they are trained to serve special families
 * @param agreementSignedOn when the volunteer agreement was signed
 * @param agreementValidUntil until when it is valid
 */
public record RegisterPersonRequest(@NotBlank @Size(max = 50) String name, Gender gender,
		@Min(1900) @Max(2100) Integer birthYear, @Size(max = 100) String employer, @Size(max = 60) String title,
		@Size(max = 2000) String bio, @Size(max = 40) String phone, @Size(max = 254) String email,
		@Size(max = 40) String residentId, @Size(max = 40) String homeStreet, @Valid Location homeLocation,
		@Size(max = 10) List<@NotBlank @Size(max = 40) String> servedStreets,
		@Size(max = 10) List<@Valid @NotNull LanguageInput> languages,
		@Size(max = 30) List<@Valid @NotNull SkillInput> skills,
		@Size(max = 50) List<@Valid @NotNull SlotInput> availability,
		@Size(max = 20) List<@Valid @NotNull BlackoutInput> blackouts, @Min(0) @Max(400) Integer monthlyCapacityHours,
		@NotEmpty @Size(max = 3) Set<@NotNull PersonType> types, Boolean trainedForSpecialFamilies,
		LocalDate agreementSignedOn, LocalDate agreementValidUntil) implements ProfileInput {

	/**
	 * A point.
	 *
	 * @param latitude latitude in degrees
	 * @param longitude longitude in degrees
	 */
	public record Location(@NotNull @Min(-90) @Max(90) Double latitude,
			@NotNull @Min(-180) @Max(180) Double longitude) {
	}

	/**
	 * A language and level.
	 *
	 * @param code the language code
	 * @param level 1 (basic) to 5 (native)
	 */
	public record LanguageInput(@NotBlank @Size(max = 20) String code, @NotNull @Min(1) @Max(5) Integer level) {
	}

	/**
	 * A skill, level and experience.
	 *
	 * @param code the skill code
	 * @param level 1 (basic) to 5 (expert)
	 * @param years years of experience
	 */
	public record SkillInput(@NotBlank @Size(max = 60) String code, @NotNull @Min(1) @Max(5) Integer level,
			@Min(0) @Max(80) Integer years) {
	}

	/**
	 * A weekly time range.
	 *
	 * @param start minutes from Monday 00:00 Asia/Shanghai
	 * @param end the minute after the last, at most 10080
	 */
	public record SlotInput(@NotNull Integer start, @NotNull Integer end) {
	}

	/**
	 * Days off, both ends inclusive.
	 *
	 * @param from the first day
	 * @param to the last day
	 */
	public record BlackoutInput(@NotNull LocalDate from, @NotNull LocalDate to) {
	}

}
