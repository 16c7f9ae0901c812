package org.carepool.registry.notification;

import java.time.Clock;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the notification port's adapters: with SMTP configured a message is sent as
 * e-mail (to a real SMTP server, GreenMail), without it the message goes to the log.
 */
class MailNotificationsTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
		.withUserConfiguration(NotificationConfiguration.class, Properties.class)
		.withBean(Clock.class, Clock::systemUTC);

	@Test
	void sendsEmailThroughTheConfiguredSmtpServer() {
		this.context
			.withPropertyValues("spring.mail.host=127.0.0.1", "spring.mail.port=" + smtp.getSmtp().getPort(),
					"registry.notification.from=carepool@example.org")
			.run((context) -> {
				Notifications notifications = context.getBean(Notifications.class);
				assertThat(notifications).isInstanceOf(MailNotifications.class);
				notifications.send(new Notification(Notification.Channel.EMAIL, "lin.xiao@example.com", "关爱人才库：已收到您的报名",
						"我们已收到您的报名。"));
				assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
				MimeMessage received = smtp.getReceivedMessages()[0];
				assertThat(received.getAllRecipients()).extracting(Object::toString)
					.containsExactly("lin.xiao@example.com");
				assertThat(received.getFrom()).extracting(Object::toString).containsExactly("carepool@example.org");
				assertThat(received.getSubject()).isEqualTo("关爱人才库：已收到您的报名");
				assertThat(GreenMailUtil.getBody(received)).isNotBlank();
				assertThat(new String(received.getInputStream().readAllBytes(), "UTF-8")).contains("我们已收到您的报名");
			});
	}

	@Test
	void sendsNoTextMessageWithoutAnAdapter() {
		this.context.withPropertyValues("spring.mail.host=127.0.0.1", "spring.mail.port=" + smtp.getSmtp().getPort())
			.run((context) -> {
				context.getBean(Notifications.class)
					.send(new Notification(Notification.Channel.SMS, "13800138000", "验证码", "123456"));
				assertThat(smtp.getReceivedMessages()).isEmpty();
			});
	}

	@Test
	void writesToTheLogWithoutSmtp() {
		this.context.run((context) -> {
			Notifications notifications = context.getBean(Notifications.class);
			assertThat(notifications).isInstanceOf(LoggedNotifications.class);
			notifications.send(new Notification(Notification.Channel.SMS, "13800138000", "验证码", "您的验证码是 123456"));
			assertThat(((LoggedNotifications) notifications).recent()).singleElement()
				.satisfies((sent) -> assertThat(sent.message().text()).contains("123456"));
		});
	}

	@EnableConfigurationProperties(NotificationProperties.class)
	static class Properties {

	}

}
