package org.carepool.registry.person;

import java.util.UUID;

/**
 * Something about a person that their search document shows has changed; published inside
 * the changing transaction.
 *
 * @param person the person's id
 * @param removed whether the person must no longer be searchable (erased)
 */
public record PersonChanged(UUID person, boolean removed) {
}
