package org.carepool.indexer.feed;

import java.util.Set;

/**
 * The index now reflects the current state of some people.
 *
 * @param ids the people's ids
 * @param index the index written to
 */
public record DocumentsApplied(Set<String> ids, String index) {
}
