package org.carepool.registry.draw;

/**
 * No such draw for the request.
 */
public class DrawNotFound extends RuntimeException {

	DrawNotFound() {
		super("Draw not found");
	}

}
