/**
 * Who may reach the indexer's own endpoints: health for everyone, operations (rebuild,
 * reconciliation, dead letters, metrics) for administrators with a token from the
 * configured issuer.
 */
package org.carepool.indexer.access;
