package org.carepool.registry.notification.web;

import java.util.List;

import org.carepool.registry.notification.LoggedNotifications;
import org.carepool.registry.notification.Notifications;

import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The messages of the local run, newest first, for developers (and the browser journeys)
 * to read the codes and links a person would have received. Only in the {@code local}
 * profile and only while messages go to the log; otherwise not found.
 */
@RestController
@Profile("local")
class DeveloperNotificationsController {

	private final Notifications notifications;

	DeveloperNotificationsController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/dev/notifications")
	ResponseEntity<List<LoggedNotifications.Sent>> recent() {
		if (this.notifications instanceof LoggedNotifications logged) {
			return ResponseEntity.ok(logged.recent());
		}
		return ResponseEntity.notFound().build();
	}

}
