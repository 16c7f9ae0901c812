package org.carepool.registry.person;

import java.util.List;

/**
 * A page of people and the cursor of the next page.
 *
 * @param items the people on this page
 * @param next the cursor to pass as {@code after} for the next page, or {@code null} on
 * the last page
 */
public record PersonPage(List<PersonSummary> items, String next) {
}
