package org.carepool.indexer.lifecycle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The command-line switch {@code --rebuild}: the indexer starts, rebuilds the people
 * index, and goes on following the feed into the new index.
 */
@Component
class RebuildCommand implements ApplicationRunner {

	static final String OPTION = "rebuild";

	private static final Logger log = LoggerFactory.getLogger(RebuildCommand.class);

	private final IndexLifecycle lifecycle;

	RebuildCommand(IndexLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (arguments.containsOption(OPTION)) {
			try {
				this.lifecycle.startRebuild("asked for on the command line");
			}
			catch (NotTheLeader ex) {
				log.error("Not rebuilding: another indexer holds the leader lease; ask it with POST /admin/rebuild");
			}
		}
	}

}
