/**
 * The administrators' endpoints for the index lifecycle.
 */
package org.carepool.indexer.lifecycle.web;
