package org.carepool.registry.assignment;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * Whom a coordinator invites to serve on a request.
 *
 * @param person the person's id
 */
public record InviteRequest(@NotNull UUID person) {
}
