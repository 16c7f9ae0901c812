package org.carepool.registry.notification;

/**
 * The notification port: sends a message to a person by the channel it names.
 */
public interface Notifications {

	/**
	 * Sends a message; a channel without an adapter records that the message was not
	 * sent, without its text.
	 * @param message the message
	 */
	void send(Notification message);

}
