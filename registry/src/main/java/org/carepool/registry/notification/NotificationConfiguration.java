package org.carepool.registry.notification;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Chooses the adapter behind the port: e-mail where Spring Boot has configured a mail
 * sender ({@code spring.mail.host} set), the log otherwise.
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

	@Bean
	Notifications notifications(ObjectProvider<JavaMailSender> mail, NotificationProperties properties, Clock clock) {
		JavaMailSender sender = mail.getIfAvailable();
		return (sender != null) ? new MailNotifications(sender, properties.from())
				: new LoggedNotifications(properties.kept(), clock);
	}

}
