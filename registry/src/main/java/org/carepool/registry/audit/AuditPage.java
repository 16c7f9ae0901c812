package org.carepool.registry.audit;

import java.util.List;

/**
 * A page of audit events, newest first.
 *
 * @param items the events
 * @param next the cursor of the next (older) page, if any
 */
public record AuditPage(List<AuditEvent> items, String next) {
}
