package org.carepool.registry.changefeed;

import java.util.List;

/**
 * A page of the change feed.
 *
 * @param changes the changes after the requested position, in position order
 * @param next the position to ask after next time
 * @param horizon the newest position visible now; every position up to it is final
 */
public record ChangePage(List<Change> changes, long next, long horizon) {
}
