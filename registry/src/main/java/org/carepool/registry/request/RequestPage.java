package org.carepool.registry.request;

import java.util.List;

/**
 * A page of requests.
 *
 * @param items the requests, newest first
 * @param next the cursor of the next page, or {@code null} at the end
 */
public record RequestPage(List<HelpRequestResponse> items, String next) {
}
