/**
 * The change feed the indexer follows (docs/architecture.md §3.1): an outbox row in the
 * same transaction as every change to a person's search document, read in position order
 * below the safe horizon, and the current documents by id or as a consistent snapshot.
 */
package org.carepool.registry.changefeed;
