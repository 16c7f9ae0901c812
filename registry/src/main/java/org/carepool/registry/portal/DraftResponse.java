package org.carepool.registry.portal;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A draft as its organisation's users see it.
 *
 * @param id the draft's id
 * @param version the version to send back in {@code If-Match}
 * @param title its title so far
 * @param body the request as written so far, in the shape of a submission
 * @param createdBy who started it
 * @param updatedAt when it was last saved
 */
public record DraftResponse(UUID id, long version, String title, JsonNode body, String createdBy, Instant updatedAt) {
}
