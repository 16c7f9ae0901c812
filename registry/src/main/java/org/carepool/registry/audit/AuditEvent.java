package org.carepool.registry.audit;

import java.time.Instant;

/**
 * One recorded event of the audit trail.
 *
 * @param id the event's position, newest highest
 * @param at when
 * @param actor the account or client
 * @param roles the actor's roles
 * @param action what was done or attempted
 * @param subjectType the kind of record
 * @param subjectId the record's id, if any
 * @param outcome {@code SUCCEEDED} or {@code DENIED}
 * @param reason the reason given, for reveals and refusals
 */
public record AuditEvent(long id, Instant at, String actor, String roles, String action, String subjectType,
		String subjectId, String outcome, String reason) {
}
