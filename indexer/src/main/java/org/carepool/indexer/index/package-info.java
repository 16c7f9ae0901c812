/**
 * The people index in Elasticsearch: its physical indices and aliases, bulk writes with
 * external versions, and reading back which versions it holds.
 */
package org.carepool.indexer.index;
