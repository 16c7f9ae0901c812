package org.carepool.registry.request;

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
 * A request for help as a partner, a partner system or a coordinator submits it.
 *
 * @param category the request category, one of the six key tasks
 * @param project the association's project it belongs to, if any
 * @param title a short title
 * @param description what is needed; never a family's name or contact
 * @param requiredSkills skills every person must have, at a minimum level
 * @param preferredSkills skills that rank people higher
 * @param languages languages or dialects that rank people higher
 * @param place where the help is given
 * @param schedule when
 * @param durationMinutes how long each visit takes (defaults to the time window)
 * @param peopleNeeded how many people are needed (default 1)
 * @param sensitive for a special family: only people trained for it
 * @param avoidOwnOrganisation whether the requesting organisation's own staff are left
 * out
 * @param dueOn when it must be done by
 * @param familyReference the opaque reference code of the family, such as
 * {@code FAM-2026-0042}
 * @param organisation the organisation a coordinator submits for, if any (partners act
 * for the organisation of their token)
 */
public record SubmitHelpRequest(@NotBlank @Size(max = 60) String category, @Size(max = 60) String project,
		@NotBlank @Size(max = 100) String title, @Size(max = 2000) String description,
		@Size(max = 10) List<@Valid @NotNull SkillNeed> requiredSkills,
		@Size(max = 10) List<@NotBlank @Size(max = 60) String> preferredSkills,
		@Size(max = 5) List<@NotBlank @Size(max = 20) String> languages, @NotNull @Valid PlaceInput place,
		@NotNull @Valid ScheduleInput schedule, @Min(15) @Max(1440) Integer durationMinutes,
		@Min(1) @Max(50) Integer peopleNeeded, boolean sensitive, boolean avoidOwnOrganisation, LocalDate dueOn,
		@Size(max = 20) String familyReference, UUID organisation) {

	/**
	 * A skill every person must have.
	 *
	 * @param code the skill code
	 * @param minLevel the minimum level, 1 to 5
	 */
	public record SkillNeed(@NotBlank @Size(max = 60) String code, @Min(1) @Max(5) int minLevel) {
	}

	/**
	 * Where: a street, and optionally a point in it.
	 *
	 * @param street the street code
	 * @param point the point, if known
	 */
	public record PlaceInput(@NotBlank @Size(max = 40) String street, @Valid Point point) {
	}

	/**
	 * A point.
	 *
	 * @param lat latitude
	 * @param lon longitude
	 */
	public record Point(@NotNull Double lat, @NotNull Double lon) {
	}

	/**
	 * When: a one-off day, or a weekly slot for a number of weeks.
	 *
	 * @param date the day of a one-off request
	 * @param day the day of the week of a weekly request
	 * @param weeks how many weeks it runs
	 * @param firstDay from which day a weekly request runs (default today)
	 * @param start when each visit starts, local time in Shanghai
	 * @param end when each visit ends
	 */
	public record ScheduleInput(LocalDate date, DayOfWeek day, @Min(1) @Max(52) Integer weeks, LocalDate firstDay,
			@NotNull LocalTime start, @NotNull LocalTime end) {
	}

}
