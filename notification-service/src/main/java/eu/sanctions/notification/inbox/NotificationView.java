package eu.sanctions.notification.inbox;

import java.time.Instant;

/**
 * A notification as its recipient reads it.
 *
 * @param id its id, also the id of its Server-Sent Event
 * @param eventId the CloudEvents id of the event it tells of
 * @param eventType the event's type
 * @param packageKey the package
 * @param subject the renewal or package the event is about
 * @param title one line
 * @param body a few sentences
 * @param link where to act, if there is something to do
 * @param createdAt when it arrived
 * @param read whether the recipient marked it read
 * @param readAt when
 */
record NotificationView(long id, String eventId, String eventType, String packageKey, String subject, String title,
		String body, String link, Instant createdAt, boolean read, Instant readAt) {

	static NotificationView of(Notification notification) {
		return new NotificationView(notification.getId(), notification.getEventId(), notification.getEventType(),
				notification.getPackageKey(), notification.getSubject(), notification.getTitle(),
				notification.getBody(), notification.getLink(), notification.getCreatedAt(), notification.isRead(),
				notification.getReadAt());
	}

}
