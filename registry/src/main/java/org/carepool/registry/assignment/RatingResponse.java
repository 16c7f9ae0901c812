package org.carepool.registry.assignment;

import java.util.UUID;

/**
 * A recorded rating.
 *
 * @param id the rating's id
 * @param request the request's id
 * @param person the person's id
 * @param stars 1 to 5
 * @param comment the comment
 */
public record RatingResponse(UUID id, UUID request, UUID person, int stars, String comment) {
}
