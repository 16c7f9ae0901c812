/**
 * The administrators' endpoints to inspect dead letters and try them again.
 */
package org.carepool.indexer.deadletter.web;
