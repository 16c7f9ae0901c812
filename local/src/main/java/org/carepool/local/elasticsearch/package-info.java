/**
 * A real Elasticsearch server from the core distribution on Maven Central, with security
 * on and file-realm users for each component, or one named by the environment.
 */
package org.carepool.local.elasticsearch;
