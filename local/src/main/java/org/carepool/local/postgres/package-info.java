/**
 * A real PostgreSQL server from the embedded binaries on Maven Central, or one named by
 * the environment, for tests and the local run.
 */
package org.carepool.local.postgres;
