/**
 * The search and matching endpoints: {@code /api/people/search},
 * {@code /api/people/suggest} and {@code /api/matches}.
 */
package org.carepool.registry.search.web;
