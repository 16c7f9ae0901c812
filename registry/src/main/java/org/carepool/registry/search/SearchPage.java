package org.carepool.registry.search;

import java.util.List;
import java.util.Map;

import org.carepool.search.PersonDocument;

/**
 * A page of search results with facet counts.
 *
 * @param total how many people match in all
 * @param items the people on this page
 * @param facets counts by skill area, skill, street, type and language; on the first page
 * only (empty on the pages after it)
 * @param next the cursor of the next page, or {@code null} on the last
 */
public record SearchPage(long total, List<Item> items, Map<String, List<FacetCount>> facets, String next) {

	/**
	 * A person found, with why.
	 *
	 * @param person what the index holds about them
	 * @param score the relevance score
	 * @param distanceKm how far they live from the place searched near, if any
	 * @param highlights matched fragments by field, HTML-escaped with {@code <em>} marks
	 */
	public record Item(PersonDocument person, Double score, Double distanceKm, Map<String, List<String>> highlights) {
	}

	/**
	 * A facet value and how many people have it.
	 *
	 * @param value the code
	 * @param label its label in the caller's language
	 * @param count how many
	 */
	public record FacetCount(String value, String label, long count) {
	}

}
