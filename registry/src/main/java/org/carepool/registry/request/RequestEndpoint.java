package org.carepool.registry.request;

/**
 * Marks a controller whose endpoints act on requests, in this feature or another, so the
 * request problems (not found, stale, illegal transition, reused idempotency key) answer
 * for it and are declared once.
 */
public interface RequestEndpoint {

}
