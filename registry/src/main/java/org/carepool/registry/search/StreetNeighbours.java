package org.carepool.registry.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which streets and towns share a border, as coordinators think of "local": a copy of the
 * domain's {@code street-neighbours.csv} (one row per pair, read both ways) kept with the
 * code.
 */
final class StreetNeighbours {

	private static final Map<String, Set<String>> NEIGHBOURS = load();

	private StreetNeighbours() {
	}

	/**
	 * How a person's street stands to the street of the need.
	 * @param needStreet the street of the need
	 * @param homeStreet the person's street
	 * @return the band
	 */
	static Band band(String needStreet, String homeStreet) {
		if (needStreet == null || homeStreet == null) {
			return Band.FURTHER;
		}
		if (needStreet.equals(homeStreet)) {
			return Band.SAME_STREET;
		}
		return NEIGHBOURS.getOrDefault(needStreet, Set.of()).contains(homeStreet) ? Band.NEIGHBOURING_STREET
				: Band.FURTHER;
	}

	private static Map<String, Set<String>> load() {
		Map<String, Set<String>> neighbours = new HashMap<>();
		try (InputStream in = StreetNeighbours.class.getResourceAsStream("street-neighbours.csv")) {
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] pair = line.strip().split(",");
				if (pair.length == 2) {
					neighbours.computeIfAbsent(pair[0], (street) -> new HashSet<>()).add(pair[1]);
					neighbours.computeIfAbsent(pair[1], (street) -> new HashSet<>()).add(pair[0]);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return neighbours;
	}

	/**
	 * Distance as coordinators see it.
	 */
	enum Band {

		/** Lives in the street of the need. */
		SAME_STREET,

		/** Lives in a street that borders it. */
		NEIGHBOURING_STREET,

		/** Lives further away. */
		FURTHER

	}

}
