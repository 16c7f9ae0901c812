package org.carepool.indexer.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * A range of person ids in the registry's order (the byte order of the UUIDs, which is
 * the order of their lowercase text): after {@link #after()} (exclusive) up to
 * {@link #until()} (inclusive), either open when {@code null}. Ids are random, so equal
 * slices of the id space hold about as many people each.
 *
 * @param after the id the range starts after, or {@code null} from the first id
 * @param until the last id of the range, or {@code null} to the last id
 */
public record IdRange(String after, String until) {

	/** Every id. */
	public static final IdRange ALL = new IdRange(null, null);

	/**
	 * Splits the id space into equal, disjoint ranges that together hold every id.
	 * @param parts how many ranges, between 1 and 256
	 * @return the ranges in id order
	 */
	public static List<IdRange> split(int parts) {
		if (parts < 1 || parts > 256) {
			throw new IllegalArgumentException("Split the ids into 1 to 256 ranges, not " + parts);
		}
		List<IdRange> ranges = new ArrayList<>(parts);
		String after = null;
		for (int part = 1; part <= parts; part++) {
			String until = (part < parts) ? lastIdOfSlice(part * 256 / parts) : null;
			ranges.add(new IdRange(after, until));
			after = until;
		}
		return ranges;
	}

	/**
	 * The highest id whose first byte is below {@code firstByte}.
	 */
	private static String lastIdOfSlice(int firstByte) {
		return String.format("%02x", firstByte - 1) + "ffffff-ffff-ffff-ffff-ffffffffffff";
	}

}
