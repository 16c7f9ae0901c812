package org.carepool.registry.person;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A course a person took, recorded by a coordinator.
 */
@Entity
@Table(name = "training")
class Training {

	@Id
	private UUID id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "person_id")
	private Person person;

	private String course;

	private LocalDate takenOn;

	private BigDecimal hours;

	@Enumerated(EnumType.STRING)
	private TrainingResult result;

	protected Training() {
	}

	Training(UUID id, Person person, String course, LocalDate takenOn, BigDecimal hours, TrainingResult result) {
		this.id = id;
		this.person = person;
		this.course = course;
		this.takenOn = takenOn;
		this.hours = hours;
		this.result = result;
	}

	public UUID getId() {
		return this.id;
	}

	public String getCourse() {
		return this.course;
	}

	public LocalDate getTakenOn() {
		return this.takenOn;
	}

	public BigDecimal getHours() {
		return this.hours;
	}

	public TrainingResult getResult() {
		return this.result;
	}

}
