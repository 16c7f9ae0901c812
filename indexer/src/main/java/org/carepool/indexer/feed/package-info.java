/**
 * Following the registry's change feed: long-poll the changes, fetch the current
 * documents, bulk-write them through the write alias, and checkpoint the position only
 * once the batch is applied.
 */
package org.carepool.indexer.feed;
