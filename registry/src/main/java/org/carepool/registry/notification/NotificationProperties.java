package org.carepool.registry.notification;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the notification port ({@code registry.notification}).
 *
 * @param from the sender of e-mail
 * @param kept how many messages the log adapter keeps for the developers' page
 */
@ConfigurationProperties("registry.notification")
@Validated
record NotificationProperties(@DefaultValue("carepool@localhost") @NotBlank String from,
		@DefaultValue("100") @Min(1) int kept) {
}
