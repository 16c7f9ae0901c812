package org.carepool.indexer.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	/**
	 * The people this page changes, each with the position of its latest change here.
	 * @return person id to position, in the order the people first appear
	 */
	public Map<String, Long> latestPositionPerPerson() {
		Map<String, Long> people = new LinkedHashMap<>();
		for (Change change : this.changes) {
			if (change.isPerson()) {
				people.merge(change.id(), change.position(), Math::max);
			}
		}
		return people;
	}

}
