package org.carepool.local.elasticsearch;

/**
 * The file-based roles of the local server: what each component may do; the deployment's
 * {@code deploy/elasticsearch/roles.yml} is kept equal to them by a test.
 */
public final class Roles {

	/**
	 * {@code roles.yml}: the indexer owns the versioned people indices, their aliases and
	 * its state index; the registry may only read the people indices (through the alias).
	 */
	public static final String YAML = """
			carepool_indexer:
			  cluster: [ "monitor", "manage_index_templates" ]
			  indices:
			    - names: [ "people", "people-*", "carepool-indexer-*" ]
			      privileges: [ "all" ]
			carepool_reader:
			  cluster: [ "monitor" ]
			  indices:
			    - names: [ "people", "people-*" ]
			      privileges: [ "read", "view_index_metadata" ]
			""";

	private Roles() {
	}

}
