package org.carepool.registry.person;

import jakarta.validation.constraints.Size;

/**
 * The account (the identity provider's {@code sub}) to link to a person, or none to
 * unlink.
 *
 * @param subject the account's subject
 */
public record LinkAccountRequest(@Size(min = 1, max = 100) String subject) {
}
