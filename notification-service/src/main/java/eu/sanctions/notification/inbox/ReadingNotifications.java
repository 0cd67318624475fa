package eu.sanctions.notification.inbox;

import java.time.Clock;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sanctions.notification.problems.Problems;

/** Marking a notification read, for its recipient only. */
@Service
class ReadingNotifications {

	private final Notifications notifications;

	private final Clock clock;

	ReadingNotifications(Notifications notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	@Transactional
	NotificationView markRead(long id, Set<String> inboxes) {
		Notification notification = this.notifications.findById(id)
			.filter((found) -> inboxes.contains(found.getRecipient()))
			.orElseThrow(() -> Problems.notFound("notification"));
		return NotificationView.of(notification.markRead(this.clock.instant()));
	}

}
