package org.carepool.registry.recruitment;

import java.util.List;

/**
 * What an applicant chooses from: the streets and towns, and the skills with their areas.
 *
 * @param streets the streets and towns
 * @param skills the skills
 */
public record ChoicesResponse(List<Choice> streets, List<Choice> skills) {

	/**
	 * One choice.
	 *
	 * @param code its code
	 * @param area the skill's area, for skills
	 * @param nameZh its Chinese name
	 * @param nameEn its English name
	 */
	public record Choice(String code, String area, String nameZh, String nameEn) {
	}

}
