/**
 * Conventions every endpoint of the registry shares: problem documents in the caller's
 * language, bounded request bodies and keyset pagination.
 */
package org.carepool.registry.api;
