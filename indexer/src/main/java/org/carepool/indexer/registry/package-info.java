/**
 * The registry as the indexer sees it: its change feed and the current search documents,
 * read over HTTP with the indexer's client-credentials token (scope
 * {@code registry.feed}).
 */
package org.carepool.indexer.registry;
