package org.carepool.registry.request;

/**
 * The answer to a submission: the request, and whether this submission created it or a
 * retry with the same idempotency key found it.
 *
 * @param request the request
 * @param created {@code true} if this submission created it
 */
public record Submitted(HelpRequestResponse request, boolean created) {
}
