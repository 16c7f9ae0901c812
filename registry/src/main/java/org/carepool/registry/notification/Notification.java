package org.carepool.registry.notification;

import java.util.Objects;

/**
 * A message to one person.
 *
 * @param channel how it goes
 * @param to the address: an e-mail address or a mobile number
 * @param subject the subject line
 * @param text the plain text
 */
public record Notification(Channel channel, String to, String subject, String text) {

	public Notification {
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(to, "to");
	}

	/**
	 * How a message travels.
	 */
	public enum Channel {

		/** E-mail, sent over SMTP when it is configured. */
		EMAIL,
		/** A text message; no adapter yet. */
		SMS,
		/** A WeChat message; no adapter yet. */
		WECHAT

	}

}
