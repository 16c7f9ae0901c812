package org.carepool.registry.search;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Distances on the ground and times in the association's week.
 */
final class Geography {

	private static final double EARTH_RADIUS_KM = 6371.0088;

	private Geography() {
	}

	/**
	 * The great-circle distance between two points.
	 */
	static double km(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return Math.round(EARTH_RADIUS_KM * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * 100) / 100.0;
	}

	/**
	 * The minute of the week (Monday 00:00 = 0) of a local time in Shanghai.
	 */
	static int minuteOfWeek(DayOfWeek day, LocalTime time) {
		return (day.getValue() - 1) * 1440 + time.getHour() * 60 + time.getMinute();
	}

	static int minuteOfWeek(LocalDateTime time) {
		return minuteOfWeek(time.getDayOfWeek(), time.toLocalTime());
	}

}
