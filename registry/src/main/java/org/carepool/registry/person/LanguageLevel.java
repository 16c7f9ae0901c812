package org.carepool.registry.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A language or dialect a person speaks, with a level from 1 to 5.
 */
@Embeddable
class LanguageLevel {

	@Column(name = "language_code")
	private String code;

	private int level;

	protected LanguageLevel() {
	}

	LanguageLevel(String code, int level) {
		this.code = code;
		this.level = level;
	}

	public String getCode() {
		return this.code;
	}

	public int getLevel() {
		return this.level;
	}

}
