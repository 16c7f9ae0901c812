/**
 * Who may reach the indexer's own endpoints: health for everyone, operations for
 * administrators.
 */
package org.carepool.indexer.access;
