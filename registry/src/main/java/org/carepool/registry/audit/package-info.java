/**
 * The append-only audit trail: who read or changed which record, each reveal with its
 * reason, each export and erasure, and each denied attempt — never the private values.
 */
package org.carepool.registry.audit;
