package eu.sanctions.notification.delivery;

import java.time.Instant;

import eu.sanctions.notification.rules.Channel;

/**
 * A delivery as its recipient (or an admin) sees it.
 *
 * @param id its id, for a retry by hand
 * @param webhookId the {@code webhook-id} it carries, the same on every attempt
 * @param eventId the CloudEvents id of the event
 * @param eventType the event's type
 * @param recipient whom it is for
 * @param channel how
 * @param destination where: the inbox, the e-mail address or the webhook URL
 * @param status where it stands
 * @param attempts attempts made
 * @param nextAttemptAt when the next attempt is due, while it is pending
 * @param lastError why the last attempt failed
 * @param createdAt when it was recorded
 * @param sentAt when it was delivered
 */
record DeliveryView(long id, String webhookId, String eventId, String eventType, String recipient, Channel channel,
		String destination, DeliveryStatus status, int attempts, Instant nextAttemptAt, String lastError,
		Instant createdAt, Instant sentAt) {

	static DeliveryView of(Delivery delivery) {
		return new DeliveryView(delivery.getId(), delivery.getMessageId(), delivery.getEventId(),
				delivery.getEventType(), delivery.getRecipient(), delivery.getChannel(), delivery.getDestination(),
				delivery.getStatus(), delivery.getAttempts(), delivery.getNextAttemptAt(), delivery.getLastError(),
				delivery.getCreatedAt(), delivery.getSentAt());
	}

}
