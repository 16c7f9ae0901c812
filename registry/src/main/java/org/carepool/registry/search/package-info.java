/**
 * Finding people: free-text search with filters, facets and type-ahead, and matching a
 * family's need to the best available people with reasons — read from the people index.
 */
package org.carepool.registry.search;
