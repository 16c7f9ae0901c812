/**
 * What every stored aggregate of the registry shares: an id the application chooses and a
 * version for optimistic locking.
 */
package org.carepool.registry.aggregate;
