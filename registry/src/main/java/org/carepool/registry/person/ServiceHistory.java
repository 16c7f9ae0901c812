package org.carepool.registry.person;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
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

	/**
	 * The people whose statistics may differ on a day from the day before just because
	 * the date moved on: on the 1st of a month those who served the month before, and any
	 * day those whose accepted invitations leave the last 30 days.
	 * @param day the new day, in Shanghai
	 * @return the people's ids
	 */
	Set<UUID> changingOn(LocalDate day);

	/**
	 * What some people have taken on: their bookings, the hours booked in each month and
	 * their work for special families; people with none are absent.
	 * @param people the people's ids
	 * @return their commitments, by id
	 */
	Map<UUID, Commitments> commitments(Collection<UUID> people);

}
