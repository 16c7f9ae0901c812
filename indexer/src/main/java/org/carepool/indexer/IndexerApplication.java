package org.carepool.indexer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The indexer: keeps the Elasticsearch people index in step with the registry's change
 * feed.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IndexerApplication {

	public static void main(String[] args) {
		SpringApplication.run(IndexerApplication.class, args);
	}

}
