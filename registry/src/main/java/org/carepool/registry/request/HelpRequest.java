package org.carepool.registry.request;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.carepool.registry.aggregate.Aggregate;

/**
 * A request for help: the aggregate that guards its status transitions and records each
 * one with its actor and time.
 */
@Entity
@Table(name = "help_request")
class HelpRequest extends Aggregate {

	@Enumerated(EnumType.STRING)
	private RequestStatus status;

	private UUID organisationId;

	private String categoryCode;

	private String projectCode;

	private String title;

	private String description;

	private String streetCode;

	private Double latitude;

	private Double longitude;

	private LocalDate serviceDate;

	@Enumerated(EnumType.STRING)
	private DayOfWeek weeklyDay;

	private Integer weeks;

	private LocalDate firstDay;

	private LocalTime startTime;

	private LocalTime endTime;

	private int durationMinutes;

	private int peopleNeeded;

	private boolean sensitive;

	private boolean avoidOwnOrganisation;

	private LocalDate dueOn;

	private String familyReference;

	private String rejectionReason;

	private String submittedBy;

	@ElementCollection
	@CollectionTable(name = "request_required_skill", joinColumns = @JoinColumn(name = "request_id"))
	private List<RequiredSkill> requiredSkills = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "request_preferred_skill", joinColumns = @JoinColumn(name = "request_id"))
	@Column(name = "skill_code")
	private List<String> preferredSkills = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "request_language", joinColumns = @JoinColumn(name = "request_id"))
	@Column(name = "language_code")
	private List<String> languages = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "request_occurrence", joinColumns = @JoinColumn(name = "request_id"))
	@OrderBy("startsAt")
	private List<Occurrence> occurrences = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "request_transition", joinColumns = @JoinColumn(name = "request_id"))
	@OrderBy("seq")
	private List<Transition> transitions = new ArrayList<>();

	private Instant createdAt;

	private Instant updatedAt;

	protected HelpRequest() {
	}

	HelpRequest(UUID id, UUID organisationId, Details details, String actor, Instant now) {
		super(id);
		this.organisationId = organisationId;
		this.categoryCode = details.category();
		this.projectCode = details.project();
		this.title = details.title();
		this.description = details.description();
		this.streetCode = details.street();
		this.latitude = details.latitude();
		this.longitude = details.longitude();
		Schedule schedule = details.schedule();
		this.serviceDate = schedule.date();
		this.weeklyDay = schedule.weeklyDay();
		this.weeks = schedule.weeks();
		this.firstDay = (schedule.date() == null) ? schedule.firstDay() : null;
		this.startTime = schedule.start();
		this.endTime = schedule.end();
		schedule.occurrences().forEach((each) -> this.occurrences.add(new Occurrence(each.startsAt(), each.endsAt())));
		this.durationMinutes = details.durationMinutes();
		this.peopleNeeded = details.peopleNeeded();
		this.sensitive = details.sensitive();
		this.avoidOwnOrganisation = details.avoidOwnOrganisation();
		this.dueOn = details.dueOn();
		this.familyReference = details.familyReference();
		details.requiredSkills().forEach((code, level) -> this.requiredSkills.add(new RequiredSkill(code, level)));
		this.preferredSkills.addAll(details.preferredSkills());
		this.languages.addAll(details.languages());
		this.submittedBy = actor;
		this.status = RequestStatus.SUBMITTED;
		this.createdAt = now;
		this.updatedAt = now;
		this.transitions.add(new Transition(0, null, RequestStatus.SUBMITTED, actor, now, null));
	}

	/**
	 * Replaces what the request says, while nobody is bound to it yet: before it is
	 * staffed. The organisation, the family reference's owner and the history stay.
	 */
	void revise(Details details, Instant now) {
		if (!this.status.isRevisable()) {
			throw new IllegalRequestTransition(this.status, "edit");
		}
		this.categoryCode = details.category();
		this.projectCode = details.project();
		this.title = details.title();
		this.description = details.description();
		this.streetCode = details.street();
		this.latitude = details.latitude();
		this.longitude = details.longitude();
		Schedule schedule = details.schedule();
		this.serviceDate = schedule.date();
		this.weeklyDay = schedule.weeklyDay();
		this.weeks = schedule.weeks();
		this.firstDay = (schedule.date() == null) ? schedule.firstDay() : null;
		this.startTime = schedule.start();
		this.endTime = schedule.end();
		this.occurrences.clear();
		schedule.occurrences().forEach((each) -> this.occurrences.add(new Occurrence(each.startsAt(), each.endsAt())));
		this.durationMinutes = details.durationMinutes();
		this.peopleNeeded = details.peopleNeeded();
		this.sensitive = details.sensitive();
		this.avoidOwnOrganisation = details.avoidOwnOrganisation();
		this.dueOn = details.dueOn();
		this.familyReference = details.familyReference();
		this.requiredSkills.clear();
		details.requiredSkills().forEach((code, level) -> this.requiredSkills.add(new RequiredSkill(code, level)));
		this.preferredSkills.clear();
		this.preferredSkills.addAll(details.preferredSkills());
		this.languages.clear();
		this.languages.addAll(details.languages());
		this.updatedAt = now;
	}

	void transition(RequestStatus next, String actor, String reason, Instant now) {
		if (!this.status.canBecome(next)) {
			throw new IllegalRequestTransition(this.status, next.name());
		}
		this.transitions.add(new Transition(this.transitions.size(), this.status, next, actor, now, reason));
		if (next == RequestStatus.REJECTED) {
			this.rejectionReason = reason;
		}
		this.status = next;
		this.updatedAt = now;
	}

	Schedule schedule() {
		return new Schedule(this.serviceDate, this.weeklyDay, this.weeks, this.firstDay, this.startTime, this.endTime);
	}

	RequestStatus getStatus() {
		return this.status;
	}

	UUID getOrganisationId() {
		return this.organisationId;
	}

	String getCategoryCode() {
		return this.categoryCode;
	}

	String getProjectCode() {
		return this.projectCode;
	}

	String getTitle() {
		return this.title;
	}

	String getDescription() {
		return this.description;
	}

	String getStreetCode() {
		return this.streetCode;
	}

	Double getLatitude() {
		return this.latitude;
	}

	Double getLongitude() {
		return this.longitude;
	}

	int getDurationMinutes() {
		return this.durationMinutes;
	}

	int getPeopleNeeded() {
		return this.peopleNeeded;
	}

	boolean isSensitive() {
		return this.sensitive;
	}

	boolean isAvoidOwnOrganisation() {
		return this.avoidOwnOrganisation;
	}

	LocalDate getDueOn() {
		return this.dueOn;
	}

	String getFamilyReference() {
		return this.familyReference;
	}

	String getRejectionReason() {
		return this.rejectionReason;
	}

	String getSubmittedBy() {
		return this.submittedBy;
	}

	List<RequiredSkill> getRequiredSkills() {
		return this.requiredSkills;
	}

	List<String> getPreferredSkills() {
		return this.preferredSkills;
	}

	List<String> getLanguages() {
		return this.languages;
	}

	List<Occurrence> getOccurrences() {
		return this.occurrences;
	}

	List<Transition> getTransitions() {
		return this.transitions;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/**
	 * What a request says, checked against the taxonomy.
	 */
	record Details(String category, String project, String title, String description, String street, Double latitude,
			Double longitude, Schedule schedule, int durationMinutes, int peopleNeeded, boolean sensitive,
			boolean avoidOwnOrganisation, LocalDate dueOn, String familyReference,
			java.util.Map<String, Integer> requiredSkills, List<String> preferredSkills, List<String> languages) {
	}

}
