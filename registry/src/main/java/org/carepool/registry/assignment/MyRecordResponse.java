package org.carepool.registry.assignment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What people have done for the association, as they see it themselves: approved hours
 * this month, this year (Shanghai calendar) and in all, what waits for approval,
 * completed work by category and the ratings they received, without who gave them.
 *
 * @param hoursThisMonth approved hours served this month
 * @param hoursThisYear approved hours served this year
 * @param totalHours approved hours served in all
 * @param hoursAwaitingApproval reported hours a coordinator has not approved yet
 * @param completedByCategory completed assignments with approved hours, by request
 * category
 * @param averageRating the average of the ratings, or {@code null} if never rated
 * @param ratings the latest ratings received, newest first
 */
public record MyRecordResponse(BigDecimal hoursThisMonth, BigDecimal hoursThisYear, BigDecimal totalHours,
		BigDecimal hoursAwaitingApproval, Map<String, Integer> completedByCategory, Double averageRating,
		List<Rating> ratings) {

	/**
	 * One rating received.
	 *
	 * @param stars one to five
	 * @param comment what the rater wrote, if anything
	 * @param ratedAt when
	 * @param category the request category of the work rated
	 */
	public record Rating(int stars, String comment, Instant ratedAt, String category) {
	}

	record Hours(BigDecimal thisMonth, BigDecimal thisYear, BigDecimal total, BigDecimal awaitingApproval) {
	}

}
