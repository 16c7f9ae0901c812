/**
 * The indexer application: follows the registry's change feed and writes the people
 * index.
 */
package org.carepool.indexer;
