package org.carepool.registry.draw;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * How a coordinator asks for an expert draw.
 *
 * @param quotas how many experts to draw for each specialty (a skill code)
 * @param rotationDays if given, people drawn in as many last days are not drawn again
 * @param conflicts people who declared a conflict of interest, never drawn
 * @param seed the seed, to repeat a draw; a fresh random one if not given
 */
public record DrawRequest(
		@NotEmpty @Size(max = 10) Map<@NotBlank @Size(max = 60) String, @NotNull @Min(1) @Max(20) Integer> quotas,
		@Min(1) @Max(3650) Integer rotationDays, @Size(max = 200) List<@NotNull UUID> conflicts, Long seed) {
}
