package org.carepool.registry.draw;

/**
 * A redraw was asked for someone who is not a current pick of the draw, or who has not
 * declined.
 */
public class NotDeclined extends RuntimeException {

	NotDeclined() {
		super("Not a declined pick of the draw");
	}

}
