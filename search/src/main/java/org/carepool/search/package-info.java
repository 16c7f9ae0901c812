/**
 * The index contract shared by the registry and the indexer: index settings and mapping,
 * the search document, field names, and the query builders for search and matching.
 */
package org.carepool.search;
