package org.carepool.registry.person;

/**
 * Marks a controller whose endpoints act on a person, in this feature or another, so the
 * person problems (not found, no linked person, stale, duplicate…) answer for it and are
 * declared once.
 */
public interface PersonEndpoint {

}
