package org.carepool.registry.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why a coordinator reveals contact details or rejects a certification; kept in the audit
 * trail or on the record.
 *
 * @param reason the reason, in a sentence
 */
public record ReasonRequest(@NotBlank @Size(min = 2, max = 500) String reason) {
}
