/**
 * The services as containers from pinned images, for tests and developers where a Docker
 * engine answers; only used when {@link org.carepool.local.server.ServiceChoice} chose
 * them, so Testcontainers need not be on every class path.
 */
package org.carepool.local.containers;
