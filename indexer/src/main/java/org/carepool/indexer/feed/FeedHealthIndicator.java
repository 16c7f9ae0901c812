package org.carepool.indexer.feed;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Reports the feed: its position, the registry's horizon and the lag between them, and
 * down once reading or applying it has kept failing for longer than
 * {@link FeedProperties#unhealthyAfter()}.
 */
@Component
class FeedHealthIndicator extends AbstractHealthIndicator {

	private final FeedFollower follower;

	private final FeedProperties properties;

	FeedHealthIndicator(FeedFollower follower, FeedProperties properties) {
		super("The change feed could not be checked");
		this.follower = follower;
		this.properties = properties;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		FeedStatus status = this.follower.status();
		if (!this.properties.enabled()) {
			builder.unknown();
		}
		else if (status.failingLongerThan(this.properties.unhealthyAfter())) {
			builder.down();
		}
		else {
			builder.up();
		}
		builder.withDetails(this.follower.details());
	}

}
