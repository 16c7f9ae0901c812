package org.carepool.registry.draw;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The record of an expert draw: everything needed to replay it, and what it picked.
 *
 * @param id the draw's id
 * @param request the request drawn for
 * @param seed the seed of the random picks
 * @param quotas how many were drawn for each specialty
 * @param rotationDays the rotation window, if any
 * @param conflicts the people avoided for declared conflicts
 * @param pools the eligible people of each specialty, sorted by id
 * @param picks every pick in order, first picks (round 0) and then replacements
 * @param drawnBy who drew
 * @param drawnAt when
 */
public record DrawResponse(UUID id, UUID request, long seed, Map<String, Integer> quotas, Integer rotationDays,
		List<UUID> conflicts, Map<String, List<UUID>> pools, List<Pick> picks, String drawnBy, Instant drawnAt) {

	/**
	 * One pick.
	 *
	 * @param position its place in the draw, from 0
	 * @param round 0 for the first picks, then the number of the redraw
	 * @param specialty the specialty it was drawn for
	 * @param person the person drawn
	 * @param replaces the person this pick replaces, for a redraw
	 * @param invitation the invitation the pick became
	 * @param pickedBy who drew
	 * @param pickedAt when
	 */
	public record Pick(int position, int round, String specialty, UUID person, UUID replaces, UUID invitation,
			String pickedBy, Instant pickedAt) {
	}

}
