/**
 * Staffing requests with people: ranked matches from the request's own criteria,
 * invitations people accept or decline, no double bookings, continuity for special
 * families, and the hours and ratings of the work done, which feed people's statistics.
 */
package org.carepool.registry.assignment;
