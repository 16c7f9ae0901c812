package org.carepool.ui.apply;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The abuse protection of the public recruitment form ({@code carepool.apply}).
 *
 * @param minimumTime the least time between opening the form and sending it; people take
 * minutes, scripts milliseconds
 * @param maximumAge how long a form stays valid
 * @param perAddressPerHour applications one browser address may send an hour
 * @param secret the key that signs the form's start time; a random one per instance when
 * empty (set one when several ui instances serve the form)
 */
@ConfigurationProperties("carepool.apply")
public record ApplyProperties(@DefaultValue("5s") Duration minimumTime, @DefaultValue("2h") Duration maximumAge,
		@DefaultValue("5") int perAddressPerHour, @DefaultValue("") String secret) {
}
