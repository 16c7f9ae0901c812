package org.carepool.ui.self.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * My volunteer agreement as the profile shows it: when I signed it, until when it is
 * valid, and whether it is time to renew it.
 *
 * @param signedOn when signed, or {@code null}
 * @param validUntil until when valid, or {@code null}
 * @param state {@code none}, {@code valid}, {@code renewSoon} (within 60 days) or
 * {@code expired}
 * @param daysLeft days until it ends, when valid
 */
record Agreement(LocalDate signedOn, LocalDate validUntil, String state, long daysLeft) {

	private static final int RENEWAL_DAYS = 60;

	static Agreement of(Map<String, Object> me, LocalDate today) {
		LocalDate signed = date(me.get("agreementSignedOn"));
		LocalDate until = date(me.get("agreementValidUntil"));
		if (until == null) {
			return new Agreement(signed, null, "none", 0);
		}
		long left = ChronoUnit.DAYS.between(today, until);
		String state = (left < 0) ? "expired" : (left <= RENEWAL_DAYS) ? "renewSoon" : "valid";
		return new Agreement(signed, until, state, Math.max(0, left));
	}

	private static LocalDate date(Object value) {
		return (value != null) ? LocalDate.parse(value.toString()) : null;
	}

}
