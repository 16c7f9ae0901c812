/**
 * What the indexer remembers across restarts, kept durably in Elasticsearch
 * ({@code carepool-indexer-state}): the feed position the people index is known to
 * reflect.
 */
package org.carepool.indexer.state;
