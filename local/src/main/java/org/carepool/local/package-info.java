/**
 * Real PostgreSQL and Elasticsearch servers for tests and for the local run, started from
 * the distributions on Maven Central, and the launcher that runs the whole system
 * locally.
 */
package org.carepool.local;
