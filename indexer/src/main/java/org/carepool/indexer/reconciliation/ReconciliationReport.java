package org.carepool.indexer.reconciliation;

import java.time.Instant;
import java.util.List;

/**
 * What a reconciliation found: people the registry has but the index lacks (missing),
 * holds at an older version (stale), or holds though they must not be searchable
 * (orphaned).
 *
 * @param state {@code completed}, {@code skipped} or {@code failed}
 * @param registryDocuments searchable people in the registry's snapshot
 * @param indexDocuments documents in the index
 * @param suspects differences seen in the first pass, before they were checked again
 * @param missing how many are missing
 * @param stale how many are stale
 * @param orphaned how many are orphaned
 * @param repaired how many differences were repaired
 * @param missingIds some of the missing ids
 * @param staleIds some of the stale ids
 * @param orphanedIds some of the orphaned ids
 * @param startedAt when it started
 * @param finishedAt when it ended
 * @param note why it was skipped or failed
 */
public record ReconciliationReport(String state, long registryDocuments, long indexDocuments, int suspects, int missing,
		int stale, int orphaned, int repaired, List<String> missingIds, List<String> staleIds, List<String> orphanedIds,
		Instant startedAt, Instant finishedAt, String note) {

	/**
	 * How many differences the reconciliation found.
	 * @return missing, stale and orphaned together
	 */
	public int differences() {
		return this.missing + this.stale + this.orphaned;
	}

}
