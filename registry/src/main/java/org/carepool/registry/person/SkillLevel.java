package org.carepool.registry.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A skill from the taxonomy with a level from 1 to 5 and years of experience.
 */
@Embeddable
class SkillLevel {

	@Column(name = "skill_code")
	private String code;

	private int level;

	private int years;

	protected SkillLevel() {
	}

	SkillLevel(String code, int level, int years) {
		this.code = code;
		this.level = level;
		this.years = years;
	}

	public String getCode() {
		return this.code;
	}

	public int getLevel() {
		return this.level;
	}

	public int getYears() {
		return this.years;
	}

}
