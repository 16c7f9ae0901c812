package org.carepool.registry.assignment;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A rating of a person's service on a completed request.
 *
 * @param person the person's id
 * @param stars 1 to 5
 * @param comment what went well or not
 */
public record RateServiceRequest(@NotNull UUID person, @Min(1) @Max(5) int stars, @Size(max = 500) String comment) {
}
