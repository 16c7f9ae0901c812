package org.carepool.registry.recruitment;

import java.util.List;

/**
 * The texts an applicant reads before applying.
 *
 * @param notice the privacy notice
 * @param purposes the purposes of use, each consented to separately
 * @param agreement the volunteer agreement
 */
public record TermsResponse(Text notice, List<String> purposes, Text agreement) {

	/**
	 * A versioned text in both languages.
	 *
	 * @param version its version
	 * @param zh the Chinese text
	 * @param en the English text
	 */
	public record Text(String version, String zh, String en) {
	}

}
