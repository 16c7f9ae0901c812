package org.carepool.registry.person;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Where people's service statistics come from: implemented by the feature that records
 * their assignments and hours, read when their search documents are built.
 */
public interface ServiceHistory {

	/**
	 * The statistics of some people; people without any service are absent.
	 * @param people the people's ids
	 * @return their statistics, by id
	 */
	Map<UUID, ServiceStatistics> statistics(Collection<UUID> people);

}
