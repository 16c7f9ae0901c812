package org.carepool.registry.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one time zone the registry's calendar follows.
 */
public final class Shanghai {

	/**
	 * The zone's id, for annotations that take a name ({@code @Scheduled(zone = …)}).
	 */
	public static final String ZONE_ID = "Asia/Shanghai";

	/**
	 * The zone.
	 */
	public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

	private Shanghai() {
	}

	/**
	 * Today's date in Shanghai.
	 * @param clock the clock to read
	 * @return the date the clock shows in Shanghai
	 */
	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}

}
