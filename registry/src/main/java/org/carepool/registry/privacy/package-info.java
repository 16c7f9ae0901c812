/**
 * Private data: validated values (resident ID, mobile, e-mail) that mask themselves,
 * authenticated encryption at rest with rotating keys, and keyed hashes for duplicate
 * detection.
 */
package org.carepool.registry.privacy;
