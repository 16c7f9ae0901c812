package org.carepool.registry.organisation;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The partner organisations, by id.
 */
interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

	List<Organisation> findByIdGreaterThanOrderById(UUID after, Limit limit);

	List<Organisation> findAllByOrderById(Limit limit);

}
