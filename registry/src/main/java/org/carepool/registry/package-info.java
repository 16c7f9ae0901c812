/**
 * The registry application: the system of record and the public API.
 */
package org.carepool.registry;
