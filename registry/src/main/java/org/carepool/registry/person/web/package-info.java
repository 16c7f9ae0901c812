/**
 * The people endpoints: {@code /api/people} for coordinators and {@code /api/people/me}
 * for people themselves.
 */
package org.carepool.registry.person.web;
