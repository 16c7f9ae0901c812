package org.carepool.registry.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A partner organisation as a coordinator records it.
 *
 * @param name the organisation's name
 * @param type the kind of organisation (organisation-types taxonomy)
 * @param street the street or town it is in, if local
 * @param contactName the contact person
 * @param contactPhone the contact person's mobile number (sealed at rest, masked in
 * answers)
 */
public record OrganisationRequest(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 60) String type,
		@Size(max = 40) String street, @Size(max = 50) String contactName, @Size(max = 40) String contactPhone) {
}
