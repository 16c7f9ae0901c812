package org.carepool.registry.roster;

import java.util.List;

import org.carepool.registry.person.CertificationRequest;
import org.carepool.registry.person.RegisterPersonRequest;

/**
 * A roster row read into a registration, with what was wrong in its cells.
 *
 * @param row the row number
 * @param request the registration, {@code null} when the row cannot make one
 * @param certifications the certification types to record
 * @param problems what is wrong, cell by cell
 * @param key a keyed hash of the row's content, the same whenever the same row comes in
 */
record RosterEntry(int row, RegisterPersonRequest request, List<CertificationRequest> certifications,
		List<RosterProblem> problems, String key) {
}
