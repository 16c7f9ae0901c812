package org.carepool.registry.organisation;

import java.time.Instant;
import java.util.UUID;

/**
 * A partner organisation as the registry answers, the contact phone masked.
 *
 * @param id the id
 * @param version the version, also sent as the ETag
 * @param name the name
 * @param type the kind of organisation
 * @param street the street or town
 * @param contactName the contact person
 * @param contactPhone the contact phone, masked
 * @param createdAt when it was registered
 * @param updatedAt when it last changed
 */
public record OrganisationResponse(UUID id, long version, String name, String type, String street, String contactName,
		String contactPhone, Instant createdAt, Instant updatedAt) {
}
