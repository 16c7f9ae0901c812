package org.carepool.search;

/**
 * The names under which the people index is reached: physical indices are versioned and
 * hidden behind a read alias and a write alias.
 */
public final class PeopleIndex {

	/** The alias searches read through. */
	public static final String READ_ALIAS = "people";

	/** The alias the indexer writes through. */
	public static final String WRITE_ALIAS = "people-write";

	/** The prefix of every physical people index ({@code people-v{n}-{timestamp}}). */
	public static final String PHYSICAL_PREFIX = "people-v";

	private PeopleIndex() {
	}

}
