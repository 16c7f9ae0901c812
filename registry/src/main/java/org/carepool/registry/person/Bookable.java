package org.carepool.registry.person;

import java.util.UUID;

/**
 * A person, locked for the rest of the transaction so that bookings of their time are
 * checked and made one at a time.
 *
 * @param id the person's id
 * @param status their status
 * @param displayName the name shown to coordinators and requesting partners
 */
public record Bookable(UUID id, PersonStatus status, String displayName) {
}
