/**
 * The people index's lifecycle: created with its aliases on start, rebuilt into a new
 * physical index without downtime (back-filled from the registry's snapshot, caught up
 * from its feed position, aliases swapped atomically), old indices removed after a grace
 * period.
 */
package org.carepool.indexer.lifecycle;
