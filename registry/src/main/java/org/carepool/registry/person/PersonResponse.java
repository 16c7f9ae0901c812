package org.carepool.registry.person;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A person as the registry answers: private values masked, everything else as recorded.
 *
 * @param id the id
 * @param version the version, also sent as the ETag
 * @param status the status
 * @param types volunteer, expert, instructor
 * @param name the name
 * @param gender the gender
 * @param birthYear the year of birth
 * @param employer the employer
 * @param title the professional title
 * @param bio the biography
 * @param phone the mobile number, masked ({@code 138****5678})
 * @param email the e-mail address, masked
 * @param residentId the resident ID number, masked ({@code 310***********123X})
 * @param homeStreet the street they live in
 * @param homeLocation where they live, rounded to about 500 m
 * @param servedStreets the streets they serve
 * @param languages languages and dialects
 * @param skills skills with level and years
 * @param availability weekly availability
 * @param blackouts days they cannot serve
 * @param monthlyCapacityHours hours a month they offer
 * @param trainedForSpecialFamilies whether they are trained to serve special families
 * @param agreementSignedOn when the volunteer agreement was signed
 * @param agreementValidUntil until when it is valid
 * @param accountLinked whether an account is linked to the person
 * @param consentToContact whether a current consent allows contacting them
 * @param certifications their certifications
 * @param consents their consents
 * @param trainings their training records
 * @param createdAt when they were registered
 * @param updatedAt when they last changed
 */
public record PersonResponse(UUID id, long version, PersonStatus status, Set<PersonType> types, String name,
		Gender gender, Integer birthYear, String employer, String title, String bio, String phone, String email,
		String residentId, String homeStreet, RegisterPersonRequest.Location homeLocation, Set<String> servedStreets,
		List<RegisterPersonRequest.LanguageInput> languages, List<RegisterPersonRequest.SkillInput> skills,
		List<RegisterPersonRequest.SlotInput> availability, List<RegisterPersonRequest.BlackoutInput> blackouts,
		int monthlyCapacityHours, boolean trainedForSpecialFamilies, LocalDate agreementSignedOn,
		LocalDate agreementValidUntil, boolean accountLinked, boolean consentToContact,
		List<CertificationResponse> certifications, List<ConsentResponse> consents, List<TrainingResponse> trainings,
		Instant createdAt, Instant updatedAt) {

	/**
	 * A certification, its number masked.
	 *
	 * @param id the id
	 * @param type the type code
	 * @param number the number, masked
	 * @param issuer the issuer
	 * @param issuedOn when issued
	 * @param expiresOn when it expires
	 * @param state whether it is verified
	 * @param reviewedAt when a coordinator reviewed it
	 * @param rejectionReason why it was rejected
	 */
	public record CertificationResponse(UUID id, String type, String number, String issuer, LocalDate issuedOn,
			LocalDate expiresOn, CertificationState state, Instant reviewedAt, String rejectionReason) {
	}

	/**
	 * A consent.
	 *
	 * @param id the id
	 * @param noticeVersion the notice version
	 * @param purposes the purposes
	 * @param givenAt when given
	 * @param withdrawnAt when withdrawn
	 */
	public record ConsentResponse(UUID id, String noticeVersion, List<String> purposes, Instant givenAt,
			Instant withdrawnAt) {
	}

	/**
	 * A training record.
	 *
	 * @param id the id
	 * @param course the course
	 * @param takenOn when
	 * @param hours how long
	 * @param result how it ended
	 */
	public record TrainingResponse(UUID id, String course, LocalDate takenOn, BigDecimal hours, TrainingResult result) {
	}

}
