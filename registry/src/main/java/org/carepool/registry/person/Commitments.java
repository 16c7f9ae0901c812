package org.carepool.registry.person;

import java.util.List;
import java.util.Map;

import org.carepool.search.PersonDocument;

/**
 * What a person has taken on and done for special families, as the feature that staffs
 * requests records it: read when their search document is built.
 *
 * @param bookings the visits of invitations they hold or accepted, not yet past
 * @param bookedHoursByMonth hours accepted but not yet served, by month ({@code 2027-03},
 * Shanghai calendar), from the current month on
 * @param specialFamiliesCompleted completed assignments for special families
 * @param specialFamiliesRating the average rating of that work, if rated
 */
public record Commitments(List<PersonDocument.TimeRange> bookings, Map<String, Double> bookedHoursByMonth,
		int specialFamiliesCompleted, Double specialFamiliesRating) {

	/** Nothing taken on. */
	public static final Commitments NONE = new Commitments(List.of(), Map.of(), 0, null);

}
