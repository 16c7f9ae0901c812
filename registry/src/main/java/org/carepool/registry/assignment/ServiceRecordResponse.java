package org.carepool.registry.assignment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Hours served on a request.
 *
 * @param id the record's id
 * @param request the request's id
 * @param person the person's id
 * @param servedOn the day served
 * @param hours the hours
 * @param approved whether they count yet
 * @param recordedBy who logged or reported them
 * @param approvedBy who approved them
 */
public record ServiceRecordResponse(UUID id, UUID request, UUID person, LocalDate servedOn, BigDecimal hours,
		boolean approved, String recordedBy, String approvedBy) {
}
