package org.carepool.indexer.registry;

import java.util.List;

/**
 * A page of the change feed.
 *
 * @param changes the changes after the requested position, in position order
 * @param next the position to ask after next time
 * @param horizon the newest position visible in the registry now
 */
public record ChangePage(List<Change> changes, long next, long horizon) {

	public ChangePage {
		changes = (changes != null) ? List.copyOf(changes) : List.of();
	}

}
