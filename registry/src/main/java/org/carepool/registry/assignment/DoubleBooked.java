package org.carepool.registry.assignment;

/**
 * The person is already invited or booked for an overlapping time.
 */
public class DoubleBooked extends RuntimeException {

	DoubleBooked() {
		super("Overlapping booking");
	}

}
