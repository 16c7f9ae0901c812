package org.carepool.registry.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why a request is rejected or cancelled.
 *
 * @param reason the reason
 */
public record ReasonRequest(@NotBlank @Size(min = 2, max = 500) String reason) {
}
