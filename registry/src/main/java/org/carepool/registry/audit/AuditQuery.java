package org.carepool.registry.audit;

import java.time.Instant;

/**
 * What an administrator looks for in the audit trail; every filter is optional.
 *
 * @param actor the account or client
 * @param subject the id of the record acted on
 * @param action the action, such as {@code person.contact-reveal}
 * @param outcome {@code SUCCEEDED} or {@code DENIED}
 * @param from the earliest time, inclusive
 * @param to the latest time, exclusive
 * @param before the cursor of the previous page: events older than this id
 * @param limit the page size
 */
public record AuditQuery(String actor, String subject, String action, String outcome, Instant from, Instant to,
		Long before, int limit) {
}
