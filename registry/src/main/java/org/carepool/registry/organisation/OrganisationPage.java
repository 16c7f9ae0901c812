package org.carepool.registry.organisation;

import java.util.List;

/**
 * A page of organisations and the cursor of the next page.
 *
 * @param items the organisations on this page
 * @param next the cursor to pass as {@code after}, or {@code null} on the last page
 */
public record OrganisationPage(List<OrganisationResponse> items, String next) {
}
