package org.carepool.registry.person;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The people, by id, account and keyed hashes.
 */
interface PersonRepository extends JpaRepository<Person, UUID> {

	Optional<Person> findByAccountSubject(String subject);

	List<Person> findByIdGreaterThanOrderById(UUID after, Limit limit);

	List<Person> findAllByOrderById(Limit limit);

	List<Person> findByIdLessThanEqualOrderById(UUID until, Limit limit);

	List<Person> findByIdGreaterThanAndIdLessThanEqualOrderById(UUID after, UUID until, Limit limit);

	@Query("select p.id from Person p where p.phoneHash = ?1")
	List<UUID> findIdsByPhoneHash(String hash);

	@Query("select p.id from Person p where p.residentIdHash = ?1")
	List<UUID> findIdsByResidentIdHash(String hash);

}
