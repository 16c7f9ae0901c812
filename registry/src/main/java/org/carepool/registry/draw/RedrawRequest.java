package org.carepool.registry.draw;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * Whom a redraw replaces.
 *
 * @param person the drawn person who declined, or whose invitation was withdrawn
 */
public record RedrawRequest(@NotNull UUID person) {
}
