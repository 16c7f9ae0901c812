package org.carepool.registry.search;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a coordinator looks for; every part is optional. A facet given several values
 * matches any of them (OR within a facet); the facets together must all match (AND across
 * facets).
 *
 * @param q free text: a name in characters, pinyin or initials, an employer, a title, a
 * skill
 * @param types only these person types
 * @param skills only people with one of these skills
 * @param minLevel at least this level of the skill
 * @param areas only people with a skill in one of these areas
 * @param streets only people who serve one of these streets
 * @param languages only people who speak one of these languages
 * @param availableFrom available from this local time (Asia/Shanghai)
 * @param availableTo until this local time, same day
 * @param certifiedOn only people with a verified certification valid on this day
 * @param certification of this type
 * @param status only people in this status
 * @param special only people trained to serve special families
 * @param nearStreet near this street's centre
 * @param lat near this latitude
 * @param lon and longitude
 * @param radiusKm within this distance of the place
 * @param sort the order
 * @param size the page size
 * @param after the cursor of the previous page
 */
public record SearchCriteria(String q, List<String> types, List<String> skills, Integer minLevel, List<String> areas,
		List<String> streets, List<String> languages, LocalDateTime availableFrom, LocalDateTime availableTo,
		LocalDate certifiedOn, String certification, String status, Boolean special, String nearStreet, Double lat,
		Double lon, Double radiusKm, Sort sort, Integer size, String after) {

	/**
	 * The orders results can come in.
	 */
	public enum Sort {

		/** Best match first. */
		RELEVANCE,
		/** Nearest first; needs a place. */
		DISTANCE,
		/** Most hours served first. */
		HOURS,
		/** By name, in pinyin order. */
		NAME

	}

}
