package org.carepool.registry.assignment;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * The hours people report for their own service, for a coordinator to approve.
 *
 * @param hours the hours served, in tenths
 * @param servedOn the day served (default today)
 */
public record ReportHoursRequest(
		@NotNull @DecimalMin("0.1") @DecimalMax("500") @Digits(integer = 3, fraction = 1) BigDecimal hours,
		LocalDate servedOn) {
}
