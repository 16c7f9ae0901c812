package org.carepool.registry.search;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A family's or community's need, as a coordinator describes it for matching.
 *
 * @param category the request category (one of the six key tasks)
 * @param requiredSkills skills every candidate must have, at a minimum level
 * @param preferredSkills skills that rank a candidate higher
 * @param languages languages or dialects that rank a candidate higher (at level 3 or
 * more)
 * @param languageRequirements languages with a minimum level, each essential (a hard
 * constraint) or preferred (ranks a candidate higher)
 * @param place where the help is given
 * @param date the day of a one-off need
 * @param start when it starts (local time in Shanghai)
 * @param end when it ends
 * @param weekly a weekly series instead of a one-off day
 * @param durationMinutes how long each visit takes, for capacity
 * @param peopleNeeded how many people are needed
 * @param sensitive whether it is for a special family: only people trained for it
 * @param exclude people not to propose (already invited or declined)
 * @param avoidOrganisation the requesting organisation, whose own staff are not proposed
 * @param limit at most this many candidates; never fewer than {@code peopleNeeded}
 */
public record MatchCriteria(@NotBlank @Size(max = 60) String category,
		@Size(max = 10) List<@Valid @NotNull RequiredSkill> requiredSkills,
		@Size(max = 10) List<@NotBlank @Size(max = 60) String> preferredSkills,
		@Size(max = 5) List<@NotBlank @Size(max = 20) String> languages,
		@Size(max = 5) List<@Valid @NotNull LanguageRequirement> languageRequirements, @Valid Place place,
		LocalDate date, LocalTime start, LocalTime end, @Valid WeeklySlot weekly,
		@Min(15) @Max(1440) Integer durationMinutes, @Min(1) @Max(50) Integer peopleNeeded, boolean sensitive,
		@Size(max = 500) List<@NotNull UUID> exclude, @Size(max = 100) String avoidOrganisation,
		@Min(1) @Max(50) Integer limit) {

	/**
	 * A skill every candidate must have.
	 *
	 * @param code the skill code
	 * @param minLevel the minimum level, 1 to 5
	 */
	public record RequiredSkill(@NotBlank @Size(max = 60) String code, @Min(1) @Max(5) int minLevel) {
	}

	/**
	 * A language the family speaks.
	 *
	 * @param code the language or dialect code
	 * @param minLevel the lowest level that serves, 1 to 5
	 * @param essential whether someone without it cannot do the work (a hard constraint)
	 * rather than merely ranking lower
	 */
	public record LanguageRequirement(@NotBlank @Size(max = 20) String code, @Min(1) @Max(5) int minLevel,
			boolean essential) {
	}

	/**
	 * Where: a street, a point, or both — the point is where the help is given and the
	 * street says which street it is in (for same-street and neighbouring-street
	 * distance); a street alone stands for its centre.
	 *
	 * @param street a street code
	 * @param lat latitude
	 * @param lon longitude
	 */
	public record Place(@Size(max = 40) String street, Double lat, Double lon) {
	}

	/**
	 * A weekly series: every visit of it must pass the hard constraints.
	 *
	 * @param day the day of the week
	 * @param start when each visit starts
	 * @param end when it ends
	 * @param firstDay the series starts on the first such weekday on or after this day
	 * (today when absent)
	 * @param weeks how many weekly visits (one when absent)
	 */
	public record WeeklySlot(@NotNull DayOfWeek day, @NotNull LocalTime start, @NotNull LocalTime end,
			LocalDate firstDay, @Min(1) @Max(52) Integer weeks) {

		/**
		 * The next visit only.
		 * @param day the day of the week
		 * @param start when it starts
		 * @param end when it ends
		 */
		public WeeklySlot(DayOfWeek day, LocalTime start, LocalTime end) {
			this(day, start, end, null, null);
		}

	}

}
