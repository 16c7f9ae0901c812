package org.carepool.registry.assignment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The service records, by invitation.
 */
interface ServiceRecordRepository extends JpaRepository<ServiceRecord, UUID> {

	Optional<ServiceRecord> findByInvitationId(UUID invitationId);

	List<ServiceRecord> findByPersonIdOrderByServedOnDesc(UUID personId);

}
