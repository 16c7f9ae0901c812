/**
 * The staffing endpoints: matches, invitations, hours and ratings under
 * {@code /api/requests/{id}} for coordinators and partners, and
 * {@code /api/people/me/invitations} for the invited people.
 */
package org.carepool.registry.assignment.web;
