package org.carepool.registry.assignment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * The hours a coordinator logs for a person who served on a completed request.
 *
 * @param person the person's id
 * @param hours the hours served, in tenths
 * @param servedOn the day served (default today)
 */
public record LogHoursRequest(@NotNull UUID person,
		@NotNull @DecimalMin("0.1") @DecimalMax("500") @Digits(integer = 3, fraction = 1) BigDecimal hours,
		LocalDate servedOn) {
}
