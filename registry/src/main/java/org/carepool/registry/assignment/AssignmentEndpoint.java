package org.carepool.registry.assignment;

/**
 * Marks a controller whose endpoints invite or book people, in this feature or another,
 * so the assignment problems (double booked, already invited, not bookable, illegal
 * invitation transition…) answer for it and are declared once.
 */
public interface AssignmentEndpoint {

}
