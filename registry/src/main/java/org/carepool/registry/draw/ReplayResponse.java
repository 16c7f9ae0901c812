package org.carepool.registry.draw;

import java.util.List;
import java.util.UUID;

/**
 * The answer of replaying a draw from its recorded seed and pools.
 *
 * @param draw the draw's id
 * @param seed the recorded seed
 * @param matches whether the replayed picks are the recorded ones, in order
 * @param recorded the people recorded as picked, in order
 * @param replayed the people the replay picks, in order
 */
public record ReplayResponse(UUID draw, long seed, boolean matches, List<UUID> recorded, List<UUID> replayed) {
}
