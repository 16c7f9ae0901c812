package org.carepool.indexer.lifecycle;

/**
 * A rebuild was asked of an indexer standing by while another holds the leader lease.
 */
public class NotTheLeader extends RuntimeException {

	NotTheLeader() {
		super("Another indexer leads");
	}

}
