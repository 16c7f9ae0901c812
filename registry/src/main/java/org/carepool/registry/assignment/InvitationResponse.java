package org.carepool.registry.assignment;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation as coordinators and the invited person see it; the requesting partner
 * sees it {@linkplain #forRequester() without the coordinators' side}.
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

	/**
	 * The invitation as the requesting organisation may see it: who serves, not why
	 * anyone said no nor which coordinator asked.
	 * @return this invitation without its reason and its inviting coordinator
	 */
	public InvitationResponse forRequester() {
		return new InvitationResponse(this.id, this.request, this.person, this.personName, this.status, null, null,
				this.invitedAt, this.answeredAt);
	}

}
