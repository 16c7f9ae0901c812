/**
 * The local run: one command that starts PostgreSQL, Elasticsearch and every Carepool
 * application with embedded defaults and demo data, and stops them all on Ctrl-C.
 */
package org.carepool.local.run;
