package org.carepool.registry.person;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A course a person took.
 *
 * @param course the course's name
 * @param takenOn when
 * @param hours how long, in hours
 * @param result how it ended
 */
public record TrainingRequest(@NotBlank @Size(max = 100) String course, @NotNull LocalDate takenOn,
		@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") BigDecimal hours,
		@NotNull TrainingResult result) {
}
