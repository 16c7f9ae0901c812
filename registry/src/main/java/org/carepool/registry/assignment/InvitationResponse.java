package org.carepool.registry.assignment;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation as coordinators, the requesting partner and the invited person see it.
 *
 * @param id the invitation's id
 * @param request the request's id
 * @param person the person's id
 * @param personName the person's display name
 * @param status where it stands
 * @param reason why it was declined or withdrawn
 * @param invitedBy who invited
 * @param invitedAt when
 * @param answeredAt when it was answered or withdrawn
 */
public record InvitationResponse(UUID id, UUID request, UUID person, String personName, InvitationStatus status,
		String reason, String invitedBy, Instant invitedAt, Instant answeredAt) {
}
