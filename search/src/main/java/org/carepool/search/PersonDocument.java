package org.carepool.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the people index may hold about a person (docs/architecture.md §3.2): everything
 * needed to find and match them, and nothing private — no phone, e-mail, resident ID,
 * exact address or notes.
 *
 * @param id the person's id
 * @param version grows with every change to the person, across delete and re-create
 * @param types volunteer, expert, instructor
 * @param status the person's status
 * @param name the display name
 * @param namePinyin toneless pinyin of the name, without spaces
 * @param nameInitials initials of the pinyin syllables
 * @param nameVariants other spellings people type for the name ({@code wangxm})
 * @param gender the gender, if given
 * @param organisation the employer
 * @param title the professional title
 * @param bio the biography
 * @param skills the skills, each with its level and whether a required certification is
 * verified and valid today
 * @param skillLabels the skills' labels in Chinese and English, for free-text search
 * @param certifications certification types with their expiry dates (no numbers)
 * @param languages languages and dialects with a level
 * @param serviceStreets the streets the person serves
 * @param homeStreet the street the person lives in
 * @param homeLocation the home location rounded to about 500 m
 * @param availability weekly availability as minute-of-week ranges in Asia/Shanghai
 * @param blackouts date ranges when the person cannot serve
 * @param monthlyCapacityHours hours a month the person offers
 * @param hoursThisMonth hours served this month
 * @param assignmentsLast30Days assignments in the last 30 days
 * @param totalHours hours served in all
 * @param rating the average rating, if rated
 * @param completedByCategory completed work by request category
 * @param consentToContact whether the person consents to be contacted
 * @param contractValidUntil until when the volunteer agreement is valid, if signed
 * @param trainedForSpecialFamilies whether the person is trained to serve special
 * families
 * @param updatedAt when the person last changed
 * @param engagements what the person is booked for and has done for special families
 * (index contract v2)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonDocument(String id, long version, List<String> types, String status, String name, String namePinyin,
		String nameInitials, List<String> nameVariants, String gender, String organisation, String title, String bio,
		List<Skill> skills, List<String> skillLabels, List<Certification> certifications, List<Language> languages,
		List<String> serviceStreets, String homeStreet, GeoPoint homeLocation, List<MinuteRange> availability,
		List<DateRange> blackouts, int monthlyCapacityHours, double hoursThisMonth, int assignmentsLast30Days,
		double totalHours, Double rating, List<CategoryCount> completedByCategory, boolean consentToContact,
		LocalDate contractValidUntil, boolean trainedForSpecialFamilies, Instant updatedAt, Engagements engagements) {

	/**
	 * Hours of this month's capacity not yet served; derived, so matching can filter on
	 * it without scripts.
	 * @return capacity minus hours served this month, never negative
	 */
	@JsonProperty(access = JsonProperty.Access.READ_ONLY)
	public double remainingHoursThisMonth() {
		return Math.max(0, this.monthlyCapacityHours - this.hoursThisMonth);
	}

	/**
	 * What the person is booked for, never {@code null}.
	 * @return the engagements, empty when the document has none
	 */
	public Engagements engagementsOrNone() {
		return (this.engagements != null) ? this.engagements : Engagements.NONE;
	}

	/**
	 * Hours still free in a month: the month's own figure when the person is booked or
	 * served in it, otherwise the whole monthly capacity.
	 * @param month the month, {@code 2027-03}
	 * @return the hours still free
	 */
	public double remainingHoursIn(String month) {
		return engagementsOrNone().months()
			.stream()
			.filter((each) -> each.month().equals(month))
			.mapToDouble(MonthLoad::remainingHours)
			.findFirst()
			.orElse(this.monthlyCapacityHours);
	}

	/**
	 * This document at another version.
	 * @param version the version
	 * @return a copy with that version
	 */
	public PersonDocument withVersion(long version) {
		return new PersonDocument(this.id, version, this.types, this.status, this.name, this.namePinyin,
				this.nameInitials, this.nameVariants, this.gender, this.organisation, this.title, this.bio, this.skills,
				this.skillLabels, this.certifications, this.languages, this.serviceStreets, this.homeStreet,
				this.homeLocation, this.availability, this.blackouts, this.monthlyCapacityHours, this.hoursThisMonth,
				this.assignmentsLast30Days, this.totalHours, this.rating, this.completedByCategory,
				this.consentToContact, this.contractValidUntil, this.trainedForSpecialFamilies, this.updatedAt,
				this.engagements);
	}

	/**
	 * A skill of the person.
	 *
	 * @param code the skill code
	 * @param area the skill area
	 * @param level 1 to 5
	 * @param verified whether the skill needs no certification or a verified one is valid
	 * today
	 * @param years years of experience
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Skill(String code, String area, int level, boolean verified, int years) {
	}

	/**
	 * A certification, without its number.
	 *
	 * @param type the certification type code
	 * @param verified whether a coordinator verified it
	 * @param expiresOn when it expires, if it does
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Certification(String type, boolean verified, LocalDate expiresOn) {
	}

	/**
	 * A language or dialect.
	 *
	 * @param code the language code
	 * @param level 1 to 5
	 */
	public record Language(String code, int level) {
	}

	/**
	 * A point, rounded so it does not reveal an address.
	 *
	 * @param lat latitude
	 * @param lon longitude
	 */
	public record GeoPoint(double lat, double lon) {
	}

	/**
	 * A weekly time range in minutes from Monday 00:00 Asia/Shanghai, end exclusive (an
	 * {@code integer_range}).
	 *
	 * @param gte the first minute
	 * @param lt the minute after the last
	 */
	public record MinuteRange(int gte, int lt) {
	}

	/**
	 * A date range, both ends inclusive (a {@code date_range}).
	 *
	 * @param gte the first day
	 * @param lte the last day
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record DateRange(LocalDate gte, LocalDate lte) {
	}

	/**
	 * Completed work in one request category.
	 *
	 * @param category the category code
	 * @param count how many assignments were completed
	 */
	public record CategoryCount(String category, int count) {
	}

	/**
	 * What a person has taken on (index contract v2): the times they are booked for, the
	 * hours booked and still free in each month they are booked or served in, and their
	 * completed work for special families.
	 *
	 * @param bookings the visits of invitations they hold or accepted, not yet past
	 * @param months booked and remaining hours per month (Shanghai calendar), from the
	 * current month on; a month that is absent is free
	 * @param specialFamiliesCompleted completed assignments for special families
	 * @param specialFamiliesRating the average rating of that work, if rated
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Engagements(List<TimeRange> bookings, List<MonthLoad> months, int specialFamiliesCompleted,
			Double specialFamiliesRating) {

		/** Nothing booked, nothing done. */
		public static final Engagements NONE = new Engagements(List.of(), List.of(), 0, null);

		public Engagements {
			bookings = (bookings != null) ? bookings : List.of();
			months = (months != null) ? months : List.of();
		}

	}

	/**
	 * A booked time, start inclusive, end exclusive (a {@code date_range}).
	 *
	 * @param gte when it starts
	 * @param lt when it ends
	 */
	public record TimeRange(Instant gte, Instant lt) {
	}

	/**
	 * One month's load.
	 *
	 * @param month the month, {@code 2027-03}
	 * @param bookedHours hours accepted but not yet served
	 * @param remainingHours capacity minus hours served and booked, never negative
	 */
	public record MonthLoad(String month, double bookedHours, double remainingHours) {
	}

}
