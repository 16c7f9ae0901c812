package org.carepool.registry.person;

import java.util.Map;

/**
 * What a person has done for the association, as their search document shows it.
 *
 * @param hoursThisMonth approved hours served this month (Shanghai calendar)
 * @param assignmentsLast30Days assignments accepted in the last 30 days
 * @param totalHours approved hours served in all
 * @param rating the average rating, or {@code null} if never rated
 * @param completedByCategory completed assignments by request category
 */
public record ServiceStatistics(double hoursThisMonth, int assignmentsLast30Days, double totalHours, Double rating,
		Map<String, Integer> completedByCategory) {

	/** No service at all. */
	public static final ServiceStatistics NONE = new ServiceStatistics(0, 0, 0, null, Map.of());

}
