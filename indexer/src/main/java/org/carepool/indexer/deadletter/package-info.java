/**
 * Documents Elasticsearch refused for good, kept durably and inspectably in
 * {@code carepool-indexer-dead-letters} so they never block the feed, with an action to
 * try them again.
 */
package org.carepool.indexer.deadletter;
