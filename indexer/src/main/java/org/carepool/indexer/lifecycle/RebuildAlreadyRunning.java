package org.carepool.indexer.lifecycle;

/**
 * A rebuild was asked for while one runs.
 */
public class RebuildAlreadyRunning extends RuntimeException {

	RebuildAlreadyRunning() {
		super("A rebuild is already running");
	}

}
