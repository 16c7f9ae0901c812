package org.carepool.registry.assignment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The invitations, by request and by person.
 */
interface InvitationRepository extends JpaRepository<Invitation, UUID> {

	List<Invitation> findByRequestIdOrderByInvitedAt(UUID requestId);

	List<Invitation> findByPersonIdOrderByInvitedAtDesc(UUID personId);

	Optional<Invitation> findByRequestIdAndPersonId(UUID requestId, UUID personId);

	long countByRequestIdAndStatus(UUID requestId, InvitationStatus status);

}
