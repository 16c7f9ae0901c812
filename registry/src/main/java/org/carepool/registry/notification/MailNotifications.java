package org.carepool.registry.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends e-mail over the configured SMTP server (Spring Boot's {@code spring.mail.*}).
 * Text messages and WeChat have no adapter yet: such a message is logged as not sent,
 * without its text, since it may hold a one-time code.
 */
class MailNotifications implements Notifications {

	private static final Logger log = LoggerFactory.getLogger(MailNotifications.class);

	private final JavaMailSender mail;

	private final String from;

	MailNotifications(JavaMailSender mail, String from) {
		this.mail = mail;
		this.from = from;
	}

	@Override
	public void send(Notification message) {
		if (message.channel() != Notification.Channel.EMAIL) {
			log.warn("No {} adapter: a message '{}' was not sent", message.channel(), message.subject());
			return;
		}
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.from);
		mail.setTo(message.to());
		mail.setSubject(message.subject());
		mail.setText(message.text());
		this.mail.send(mail);
	}

}
