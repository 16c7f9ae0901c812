package org.carepool.registry.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local run's adapter: writes each message to the log and keeps the latest for the
 * developers' page ({@code GET /dev/notifications}). Never used where SMTP is configured.
 */
public class LoggedNotifications implements Notifications {

	private static final Logger log = LoggerFactory.getLogger(LoggedNotifications.class);

	private final Deque<Sent> recent = new ArrayDeque<>();

	private final int kept;

	private final Clock clock;

	LoggedNotifications(int kept, Clock clock) {
		this.kept = kept;
		this.clock = clock;
	}

	@Override
	public void send(Notification message) {
		log.info("Notification by {} to {}: {}\n{}", message.channel(), message.to(), message.subject(),
				message.text());
		synchronized (this.recent) {
			this.recent.addFirst(new Sent(Instant.now(this.clock), message));
			while (this.recent.size() > this.kept) {
				this.recent.removeLast();
			}
		}
	}

	/**
	 * The messages written, newest first.
	 * @return the messages
	 */
	public List<Sent> recent() {
		synchronized (this.recent) {
			return List.copyOf(this.recent);
		}
	}

	/**
	 * A message as it was written.
	 *
	 * @param at when
	 * @param message the message
	 */
	public record Sent(Instant at, Notification message) {
	}

}
