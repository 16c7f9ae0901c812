package org.carepool.registry.person;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.carepool.registry.aggregate.Aggregate;

/**
 * A person the association can call on: the aggregate that guards their status
 * transitions, the verification of their certifications and their consents.
 */
@Entity
@Table(name = "person")
class Person extends Aggregate {

	@Enumerated(EnumType.STRING)
	private PersonStatus status;

	@ElementCollection
	@CollectionTable(name = "person_type", joinColumns = @JoinColumn(name = "person_id"))
	@Column(name = "type")
	@Enumerated(EnumType.STRING)
	private Set<PersonType> types = EnumSet.noneOf(PersonType.class);

	private String name;

	@Enumerated(EnumType.STRING)
	private Gender gender;

	private Integer birthYear;

	private String employer;

	private String title;

	private String bio;

	private String phoneSealed;

	private String phoneHash;

	private String emailSealed;

	private String emailHash;

	private String residentIdSealed;

	private String residentIdHash;

	private String homeStreet;

	private Double homeLatitude;

	private Double homeLongitude;

	@ElementCollection
	@CollectionTable(name = "person_served_street", joinColumns = @JoinColumn(name = "person_id"))
	@Column(name = "street_code")
	private Set<String> servedStreets = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "person_language", joinColumns = @JoinColumn(name = "person_id"))
	private List<LanguageLevel> languages = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "person_skill", joinColumns = @JoinColumn(name = "person_id"))
	private List<SkillLevel> skills = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "availability_slot", joinColumns = @JoinColumn(name = "person_id"))
	@OrderBy("start")
	private List<WeeklySlot> availability = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "blackout", joinColumns = @JoinColumn(name = "person_id"))
	@OrderBy("from")
	private List<Blackout> blackouts = new ArrayList<>();

	private int monthlyCapacityHours;

	private boolean trainedForSpecialFamilies;

	private LocalDate agreementSignedOn;

	private LocalDate agreementValidUntil;

	private String accountSubject;

	@OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("type")
	private List<Certification> certifications = new ArrayList<>();

	@OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("givenAt")
	private List<Consent> consents = new ArrayList<>();

	@OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("takenOn")
	private List<Training> trainings = new ArrayList<>();

	private Instant createdAt;

	private Instant updatedAt;

	protected Person() {
	}

	Person(UUID id, Profile profile, Contact contact, Engagement engagement, Instant now) {
		super(id);
		this.status = PersonStatus.APPLICANT;
		this.createdAt = now;
		change(profile, contact, now);
		engage(engagement, now);
	}

	void change(Profile profile, Contact contact, Instant now) {
		refuseWhenErased();
		this.name = profile.name();
		this.gender = profile.gender();
		this.birthYear = profile.birthYear();
		this.employer = profile.employer();
		this.title = profile.title();
		this.bio = profile.bio();
		this.homeStreet = profile.homeStreet();
		this.homeLatitude = profile.homeLatitude();
		this.homeLongitude = profile.homeLongitude();
		this.servedStreets.clear();
		this.servedStreets.addAll(profile.servedStreets());
		this.languages.clear();
		this.languages.addAll(profile.languages());
		this.skills.clear();
		this.skills.addAll(profile.skills());
		this.availability.clear();
		this.availability.addAll(profile.availability());
		this.blackouts.clear();
		this.blackouts.addAll(profile.blackouts());
		this.monthlyCapacityHours = profile.monthlyCapacityHours();
		this.phoneSealed = contact.phoneSealed();
		this.phoneHash = contact.phoneHash();
		this.emailSealed = contact.emailSealed();
		this.emailHash = contact.emailHash();
		this.residentIdSealed = contact.residentIdSealed();
		this.residentIdHash = contact.residentIdHash();
		this.updatedAt = now;
	}

	void engage(Engagement engagement, Instant now) {
		refuseWhenErased();
		this.types.clear();
		this.types.addAll(engagement.types());
		this.trainedForSpecialFamilies = engagement.trainedForSpecialFamilies();
		this.agreementSignedOn = engagement.agreementSignedOn();
		this.agreementValidUntil = engagement.agreementValidUntil();
		this.updatedAt = now;
	}

	void transition(PersonStatus next, Instant now) {
		if (!this.status.canBecome(next)) {
			throw new IllegalTransition(this.status, next.name());
		}
		this.status = next;
		this.updatedAt = now;
	}

	/**
	 * Erases the person's data, keeping only the id and status so references and the
	 * audit trail stay intact.
	 */
	void erase(Instant now) {
		transition(PersonStatus.ERASED, now);
		this.name = "已删除";
		this.gender = null;
		this.birthYear = null;
		this.employer = null;
		this.title = null;
		this.bio = null;
		this.phoneSealed = null;
		this.phoneHash = null;
		this.emailSealed = null;
		this.emailHash = null;
		this.residentIdSealed = null;
		this.residentIdHash = null;
		this.homeStreet = null;
		this.homeLatitude = null;
		this.homeLongitude = null;
		this.accountSubject = null;
		this.servedStreets.clear();
		this.languages.clear();
		this.skills.clear();
		this.availability.clear();
		this.blackouts.clear();
		this.certifications.clear();
		this.trainings.clear();
		this.consents.forEach((consent) -> consent.withdraw(now));
	}

	Certification addCertification(UUID certificationId, Certification.CertificationDetails details, Instant now) {
		refuseWhenErased();
		Certification certification = new Certification(certificationId, this, details);
		this.certifications.add(certification);
		this.updatedAt = now;
		return certification;
	}

	Optional<Certification> certification(UUID certificationId) {
		return this.certifications.stream().filter((each) -> each.getId().equals(certificationId)).findFirst();
	}

	Consent recordConsent(String noticeVersion, List<String> purposes, Instant now) {
		refuseWhenErased();
		Consent consent = new Consent(UUID.randomUUID(), this, noticeVersion, purposes, now);
		this.consents.add(consent);
		this.updatedAt = now;
		return consent;
	}

	Optional<Consent> consent(UUID consentId) {
		return this.consents.stream().filter((each) -> each.getId().equals(consentId)).findFirst();
	}

	Training addTraining(String course, LocalDate takenOn, BigDecimal hours, TrainingResult result, Instant now) {
		refuseWhenErased();
		Training training = new Training(UUID.randomUUID(), this, course, takenOn, hours, result);
		this.trainings.add(training);
		this.updatedAt = now;
		return training;
	}

	void linkAccount(String subject, Instant now) {
		refuseWhenErased();
		this.accountSubject = subject;
		this.updatedAt = now;
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	boolean consentsToContact() {
		return this.consents.stream().anyMatch((consent) -> consent.allows(Consent.CONTACT));
	}

	boolean serves(String street) {
		return this.servedStreets.contains(street);
	}

	private void refuseWhenErased() {
		if (this.status == PersonStatus.ERASED) {
			throw new IllegalTransition(this.status, "change");
		}
	}

	public PersonStatus getStatus() {
		return this.status;
	}

	public Set<PersonType> getTypes() {
		return this.types;
	}

	public String getName() {
		return this.name;
	}

	public Gender getGender() {
		return this.gender;
	}

	public Integer getBirthYear() {
		return this.birthYear;
	}

	public String getEmployer() {
		return this.employer;
	}

	public String getTitle() {
		return this.title;
	}

	public String getBio() {
		return this.bio;
	}

	public String getPhoneSealed() {
		return this.phoneSealed;
	}

	public String getEmailSealed() {
		return this.emailSealed;
	}

	public String getResidentIdSealed() {
		return this.residentIdSealed;
	}

	public String getHomeStreet() {
		return this.homeStreet;
	}

	public Double getHomeLatitude() {
		return this.homeLatitude;
	}

	public Double getHomeLongitude() {
		return this.homeLongitude;
	}

	public Set<String> getServedStreets() {
		return this.servedStreets;
	}

	public List<LanguageLevel> getLanguages() {
		return this.languages;
	}

	public List<SkillLevel> getSkills() {
		return this.skills;
	}

	public List<WeeklySlot> getAvailability() {
		return this.availability;
	}

	public List<Blackout> getBlackouts() {
		return this.blackouts;
	}

	public int getMonthlyCapacityHours() {
		return this.monthlyCapacityHours;
	}

	public boolean isTrainedForSpecialFamilies() {
		return this.trainedForSpecialFamilies;
	}

	public LocalDate getAgreementSignedOn() {
		return this.agreementSignedOn;
	}

	public LocalDate getAgreementValidUntil() {
		return this.agreementValidUntil;
	}

	public String getAccountSubject() {
		return this.accountSubject;
	}

	public List<Certification> getCertifications() {
		return this.certifications;
	}

	public List<Consent> getConsents() {
		return this.consents;
	}

	public List<Training> getTrainings() {
		return this.trainings;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/**
	 * The profile a person or a coordinator keeps, validated and normalised.
	 */
	Profile getProfile() {
		return new Profile(this.name, this.gender, this.birthYear, this.employer, this.title, this.bio, this.homeStreet,
				this.homeLatitude, this.homeLongitude, new java.util.LinkedHashSet<>(this.servedStreets),
				new ArrayList<>(this.languages), new ArrayList<>(this.skills), new ArrayList<>(this.availability),
				new ArrayList<>(this.blackouts), this.monthlyCapacityHours);
	}

	Contact getContact() {
		return new Contact(this.phoneSealed, this.phoneHash, this.emailSealed, this.emailHash, this.residentIdSealed,
				this.residentIdHash);
	}

	record Profile(String name, Gender gender, Integer birthYear, String employer, String title, String bio,
			String homeStreet, Double homeLatitude, Double homeLongitude, Set<String> servedStreets,
			List<LanguageLevel> languages, List<SkillLevel> skills, List<WeeklySlot> availability,
			List<Blackout> blackouts, int monthlyCapacityHours) {
	}

	/**
	 * The contact given, where a value left out keeps the one recorded: a coordinator
	 * edits a profile from a page that shows the private values masked, and saving it
	 * must not erase them.
	 * @param given the contact as checked from the change
	 * @return the contact to store
	 */
	Contact keeping(Contact given) {
		boolean phone = given.phoneSealed() != null;
		boolean email = given.emailSealed() != null;
		boolean residentId = given.residentIdSealed() != null;
		return new Contact(phone ? given.phoneSealed() : this.phoneSealed, phone ? given.phoneHash() : this.phoneHash,
				email ? given.emailSealed() : this.emailSealed, email ? given.emailHash() : this.emailHash,
				residentId ? given.residentIdSealed() : this.residentIdSealed,
				residentId ? given.residentIdHash() : this.residentIdHash);
	}

	/**
	 * Contact details as stored: sealed values with their keyed hashes.
	 */
	record Contact(String phoneSealed, String phoneHash, String emailSealed, String emailHash, String residentIdSealed,
			String residentIdHash) {
	}

	/**
	 * What only a coordinator decides about a person.
	 */
	record Engagement(Set<PersonType> types, boolean trainedForSpecialFamilies, LocalDate agreementSignedOn,
			LocalDate agreementValidUntil) {
	}

}
