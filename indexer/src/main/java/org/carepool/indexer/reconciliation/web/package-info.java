/**
 * The administrators' endpoint to reconcile the index on demand.
 */
package org.carepool.indexer.reconciliation.web;
