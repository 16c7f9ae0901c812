package org.carepool.registry.request;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The help requests, by id.
 */
interface RequestRepository extends JpaRepository<HelpRequest, UUID> {

}
