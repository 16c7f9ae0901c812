/**
 * Reconciliation: compares every id and version the registry has with what the index
 * holds, reports missing, stale and orphaned documents, and repairs them; on a schedule
 * and on demand.
 */
package org.carepool.indexer.reconciliation;
