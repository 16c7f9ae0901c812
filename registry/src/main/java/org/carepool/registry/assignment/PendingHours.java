package org.carepool.registry.assignment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Hours a person reported, waiting for a coordinator's approval.
 *
 * @param id the service record's id
 * @param request the request's id
 * @param requestTitle the request's title
 * @param person the person's id
 * @param personName the person's display name
 * @param servedOn the day served
 * @param hours the hours reported
 * @param reportedAt when they were reported
 */
public record PendingHours(UUID id, UUID request, String requestTitle, UUID person, String personName,
		LocalDate servedOn, BigDecimal hours, Instant reportedAt) {

	PendingHours named(String name) {
		return new PendingHours(this.id, this.request, this.requestTitle, this.person, name, this.servedOn, this.hours,
				this.reportedAt);
	}

}
