/**
 * How the indexer waits before trying again something that failed: exponential delays
 * with full jitter, bounded, so many retries never synchronise or busy-loop.
 */
package org.carepool.indexer.backoff;
