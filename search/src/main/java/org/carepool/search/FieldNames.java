package org.carepool.search;

/**
 * The names of the people index's fields that queries use, as mapped in
 * {@code people-index-v2.json}: a field of a nested object is named with its path.
 */
public final class FieldNames {

	/** The person's id ({@code keyword}). */
	public static final String ID = "id";

	/** The document version ({@code long}). */
	public static final String VERSION = "version";

	/** Volunteer, expert, instructor ({@code keyword}). */
	public static final String TYPES = "types";

	/** The person's status ({@code keyword}). */
	public static final String STATUS = "status";

	/** The display name, one token per Chinese character: use {@code match_phrase}. */
	public static final String NAME = "name";

	/** The display name as overlapping two-character tokens ({@code 王晓明} → 王晓, 晓明). */
	public static final String NAME_BIGRAM = "name.bigram";

	/** The display name as one keyword, for sorting and exact matches. */
	public static final String NAME_KEYWORD = "name.keyword";

	/** Toneless pinyin without spaces, lower case ({@code wangxiaoming}). */
	public static final String NAME_PINYIN = "namePinyin";

	/** Initials of the pinyin syllables, lower case ({@code wxm}). */
	public static final String NAME_INITIALS = "nameInitials";

	/** Other spellings people type, lower case ({@code wangxm}). */
	public static final String NAME_VARIANTS = "nameVariants";

	/**
	 * Name suggestions ({@code completion}) from the name, its pinyin, initials and
	 * variants; filled by {@link IndexedPerson} and left out of {@code _source}.
	 */
	public static final String SUGGEST = "suggest";

	/** The gender ({@code keyword}). */
	public static final String GENDER = "gender";

	/** The employer (text; {@code .bigram} and {@code .keyword} sub-fields). */
	public static final String ORGANISATION = "organisation";

	/** The employer as two-character tokens. */
	public static final String ORGANISATION_BIGRAM = "organisation.bigram";

	/** The employer as a keyword. */
	public static final String ORGANISATION_KEYWORD = "organisation.keyword";

	/** The professional title (text; {@code .bigram} and {@code .keyword} sub-fields). */
	public static final String TITLE = "title";

	/** The professional title as two-character tokens. */
	public static final String TITLE_BIGRAM = "title.bigram";

	/** The professional title as a keyword. */
	public static final String TITLE_KEYWORD = "title.keyword";

	/** The biography (text). */
	public static final String BIO = "bio";

	/** The biography as two-character tokens. */
	public static final String BIO_BIGRAM = "bio.bigram";

	/** The path of the nested skills. */
	public static final String SKILLS = "skills";

	/** A skill's code ({@code keyword}, in {@link #SKILLS}). */
	public static final String SKILL_CODE = "skills.code";

	/** A skill's area ({@code keyword}, in {@link #SKILLS}). */
	public static final String SKILL_AREA = "skills.area";

	/** A skill's level, 1 to 5 ({@code integer}, in {@link #SKILLS}). */
	public static final String SKILL_LEVEL = "skills.level";

	/**
	 * Whether a skill needs no certification or a verified one is valid today
	 * ({@code boolean}, in {@link #SKILLS}).
	 */
	public static final String SKILL_VERIFIED = "skills.verified";

	/** A skill's years of experience ({@code integer}, in {@link #SKILLS}). */
	public static final String SKILL_YEARS = "skills.years";

	/** The skills' labels in Chinese and English (text). */
	public static final String SKILL_LABELS = "skillLabels";

	/** The skills' labels as two-character tokens. */
	public static final String SKILL_LABELS_BIGRAM = "skillLabels.bigram";

	/** The path of the nested certifications. */
	public static final String CERTIFICATIONS = "certifications";

	/** A certification's type ({@code keyword}, in {@link #CERTIFICATIONS}). */
	public static final String CERTIFICATION_TYPE = "certifications.type";

	/**
	 * Whether a certification was verified ({@code boolean}, in {@link #CERTIFICATIONS}).
	 */
	public static final String CERTIFICATION_VERIFIED = "certifications.verified";

	/** When a certification expires ({@code date}, in {@link #CERTIFICATIONS}). */
	public static final String CERTIFICATION_EXPIRES_ON = "certifications.expiresOn";

	/** The path of the nested languages. */
	public static final String LANGUAGES = "languages";

	/** A language's code ({@code keyword}, in {@link #LANGUAGES}). */
	public static final String LANGUAGE_CODE = "languages.code";

	/** A language's level, 1 to 5 ({@code integer}, in {@link #LANGUAGES}). */
	public static final String LANGUAGE_LEVEL = "languages.level";

	/** The streets the person serves ({@code keyword}). */
	public static final String SERVICE_STREETS = "serviceStreets";

	/** The street the person lives in ({@code keyword}). */
	public static final String HOME_STREET = "homeStreet";

	/** The home location rounded to about 500 m ({@code geo_point}). */
	public static final String HOME_LOCATION = "homeLocation";

	/**
	 * Weekly availability as minute-of-week ranges ({@code integer_range}): a person is
	 * available for a window when one of the ranges {@code contains} it.
	 */
	public static final String AVAILABILITY = "availability";

	/**
	 * Days the person cannot serve ({@code date_range}, {@code yyyy-MM-dd}): query with
	 * the service days and relation {@code intersects}.
	 */
	public static final String BLACKOUTS = "blackouts";

	/** Hours a month the person offers ({@code integer}). */
	public static final String MONTHLY_CAPACITY_HOURS = "monthlyCapacityHours";

	/** Hours served this month ({@code double}). */
	public static final String HOURS_THIS_MONTH = "hoursThisMonth";

	/** Hours of this month's capacity not yet served, derived ({@code double}). */
	public static final String REMAINING_HOURS_THIS_MONTH = "remainingHoursThisMonth";

	/** Assignments in the last 30 days ({@code integer}). */
	public static final String ASSIGNMENTS_LAST_30_DAYS = "assignmentsLast30Days";

	/** Hours served in all ({@code double}). */
	public static final String TOTAL_HOURS = "totalHours";

	/** The average rating ({@code double}). */
	public static final String RATING = "rating";

	/** The path of the nested completed-work counts. */
	public static final String COMPLETED_BY_CATEGORY = "completedByCategory";

	/** A request category ({@code keyword}, in {@link #COMPLETED_BY_CATEGORY}). */
	public static final String COMPLETED_CATEGORY = "completedByCategory.category";

	/**
	 * Completed assignments in the category ({@code integer}, in
	 * {@link #COMPLETED_BY_CATEGORY}).
	 */
	public static final String COMPLETED_COUNT = "completedByCategory.count";

	/** Whether the person consents to be contacted ({@code boolean}). */
	public static final String CONSENT_TO_CONTACT = "consentToContact";

	/** Until when the volunteer agreement is valid ({@code date}, {@code yyyy-MM-dd}). */
	public static final String CONTRACT_VALID_UNTIL = "contractValidUntil";

	/** Whether the person is trained to serve special families ({@code boolean}). */
	public static final String TRAINED_FOR_SPECIAL_FAMILIES = "trainedForSpecialFamilies";

	/** When the person last changed ({@code date}). */
	public static final String UPDATED_AT = "updatedAt";

	/** The times a person is booked for ({@code date_range}, end exclusive). */
	public static final String BOOKINGS = "engagements.bookings";

	/** Booked and remaining hours per month (nested). */
	public static final String MONTHS = "engagements.months";

	/** The month of a month's load ({@code 2027-03}). */
	public static final String MONTH = "engagements.months.month";

	/** The hours still free in a month. */
	public static final String MONTH_REMAINING_HOURS = "engagements.months.remainingHours";

	/** Completed assignments for special families. */
	public static final String SPECIAL_FAMILIES_COMPLETED = "engagements.specialFamiliesCompleted";

	private FieldNames() {
	}

}
