package org.carepool.local.server;

/**
 * The container images of the services, pinned to the versions the distributions in tests
 * have; {@code compose.yaml} uses the same tags (a test checks it).
 */
public final class Images {

	/** PostgreSQL, the same major and minor version as the embedded binaries. */
	public static final String POSTGRES = "postgres:17.6";

	/** Elasticsearch, the same version as the integ-test distribution. */
	public static final String ELASTICSEARCH = "docker.elastic.co/elasticsearch/elasticsearch:8.19.21";

	/** Keycloak, the same version as the distribution the interoperability test runs. */
	public static final String KEYCLOAK = "quay.io/keycloak/keycloak:26.5.6";

	private Images() {
	}

}
