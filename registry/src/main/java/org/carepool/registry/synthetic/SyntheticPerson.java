package org.carepool.registry.synthetic;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A made-up member of the pool with everything the registry keeps about a person, private
 * data included, so that seeding exercises the same paths as real registrations.
 *
 * @param index the person's position in the generated sequence
 * @param name the full Chinese name, surname first
 * @param gender the gender, consistent with the name and the resident ID number
 * @param birthYear the year of birth
 * @param types what the person serves as, never empty
 * @param employer the employer, {@code 退休} for retirees
 * @param title the professional title (职称), {@code null} when the person has none
 * @param bio one or two sentences about the person's work
 * @param mobile a mainland mobile number, unique within a generator's people
 * @param email an e-mail address, unique within a generator's people, or {@code null}
 * @param residentId an 18-character resident ID number, or {@code null}
 * @param homeStreet the code of the street the person lives in
 * @param homeLatitude the home latitude, rounded to 0.005°
 * @param homeLongitude the home longitude, rounded to 0.005°
 * @param servedStreets the home street first, then the neighbouring streets the person
 * also serves
 * @param languages the languages spoken, with levels from 1 to 5
 * @param skills one to four skills
 * @param certifications certifications, at least one accepted one for each skill that
 * needs it
 * @param weeklyAvailability sorted, non-overlapping free times in a week
 * @param blackouts sorted, non-overlapping dates the person is away
 * @param monthlyCapacityHours how many hours a month the person can give
 * @param consentToContact whether the person agreed to be contacted for assignments
 * @param agreementSignedOn when the volunteer agreement was signed
 * @param agreementValidUntil the last day the volunteer agreement is valid
 * @param trainedForSpecialFamilies whether the person passed training for work with
 * special families
 * @param trainings the trainings attended
 */
public record SyntheticPerson(int index, String name, Gender gender, int birthYear, Set<PersonType> types,
		String employer, String title, String bio, String mobile, String email, String residentId, String homeStreet,
		double homeLatitude, double homeLongitude, List<String> servedStreets, List<Language> languages,
		List<Skill> skills, List<Certification> certifications, List<WeeklyRange> weeklyAvailability,
		List<DateRange> blackouts, int monthlyCapacityHours, boolean consentToContact, LocalDate agreementSignedOn,
		LocalDate agreementValidUntil, boolean trainedForSpecialFamilies, List<Training> trainings) {

	public SyntheticPerson {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(gender, "gender");
		if (types == null || types.isEmpty()) {
			throw new IllegalArgumentException("A person serves as at least one type");
		}
		types = Collections.unmodifiableSet(EnumSet.copyOf(types));
		servedStreets = List.copyOf(servedStreets);
		languages = List.copyOf(languages);
		skills = List.copyOf(skills);
		certifications = List.copyOf(certifications);
		weeklyAvailability = List.copyOf(weeklyAvailability);
		blackouts = List.copyOf(blackouts);
		trainings = List.copyOf(trainings);
	}

	/** The gender a person gave. */
	public enum Gender {

		FEMALE, MALE

	}

	/** What a person serves the association as. */
	public enum PersonType {

		VOLUNTEER, EXPERT, INSTRUCTOR

	}

	/**
	 * A language a person speaks.
	 *
	 * @param code a BCP 47 code: {@code zh-cmn}, {@code zh-wuu}, {@code en} or
	 * {@code csl}
	 * @param level from 1 (basic) to 5 (native)
	 */
	public record Language(String code, int level) {
	}

	/**
	 * A skill from the association's taxonomy.
	 *
	 * @param code the skill code, such as {@code psy.grief}
	 * @param level from 1 to 5
	 * @param years years of practice
	 */
	public record Skill(String code, int level, int years) {
	}

	/**
	 * A certification a person holds.
	 *
	 * @param type the certification type code, such as {@code physician-licence}
	 * @param number the certificate number
	 * @param issuer the issuing authority
	 * @param issuedOn the issue date
	 * @param expiresOn the last valid day, {@code null} for types that do not expire
	 * @param verified whether the association checked the certificate
	 */
	public record Certification(String type, String number, String issuer, LocalDate issuedOn, LocalDate expiresOn,
			boolean verified) {

		/**
		 * Whether the certificate has not expired on a date.
		 * @param date the date
		 * @return {@code true} when the certificate is valid that day
		 */
		public boolean validOn(LocalDate date) {
			return this.expiresOn == null || !this.expiresOn.isBefore(date);
		}

	}

	/**
	 * A free time in the week, in Asia/Shanghai local time, counted in minutes from
	 * Monday 00:00.
	 *
	 * @param startMinute the first free minute
	 * @param endMinute the minute the free time ends, exclusive
	 */
	public record WeeklyRange(int startMinute, int endMinute) {

		public WeeklyRange {
			if (startMinute < 0 || endMinute > Schedules.MINUTES_PER_WEEK || startMinute >= endMinute) {
				throw new IllegalArgumentException(
						"A weekly range lies within one week: [" + startMinute + ", " + endMinute + ")");
			}
		}

	}

	/**
	 * Days away, both ends included.
	 *
	 * @param from the first day away
	 * @param to the last day away
	 */
	public record DateRange(LocalDate from, LocalDate to) {

		public DateRange {
			if (to.isBefore(from)) {
				throw new IllegalArgumentException("A date range ends on or after its start");
			}
		}

	}

	/**
	 * A training a person attended.
	 *
	 * @param course the course name
	 * @param completedOn the day it ended
	 * @param hours its length in hours
	 * @param result whether the person passed
	 */
	public record Training(String course, LocalDate completedOn, int hours, TrainingResult result) {
	}

	/** How a training ended. */
	public enum TrainingResult {

		PASSED, FAILED

	}

}
