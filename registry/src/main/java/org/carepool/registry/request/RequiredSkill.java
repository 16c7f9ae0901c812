package org.carepool.registry.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A skill every person on the request must have, at a minimum level.
 */
@Embeddable
class RequiredSkill {

	@Column(name = "skill_code")
	private String code;

	private int minLevel;

	protected RequiredSkill() {
	}

	RequiredSkill(String code, int minLevel) {
		this.code = code;
		this.minLevel = minLevel;
	}

	String getCode() {
		return this.code;
	}

	int getMinLevel() {
		return this.minLevel;
	}

}
