/**
 * Running server binaries from Maven Central distributions: unpacking them once into a
 * shared cache, starting them as an unprivileged account when the build runs as root, and
 * stopping them when the JVM exits.
 */
package org.carepool.local.server;
