package eu.sanctions.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.notification.rules.Addressee;
import eu.sanctions.notification.rules.Channel;

/**
 * One notification on one channel to one destination: unique per (event, recipient,
 * channel, destination), so that however often an event is consumed its recipient gets it
 * once. An inbox delivery is made when it is recorded; e-mail and webhooks wait for the
 * dispatcher.
 */
@Entity
@Table(name = "delivery")
public class Delivery {

	static final int MAX_ERROR = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String messageId;

	private String eventId;

	private String eventType;

	private String recipient;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private String destination;

	private Long notificationId;

	private Long subscriptionId;

	private String payload;

	@Enumerated(EnumType.STRING)
	private DeliveryStatus status;

	private int attempts;

	private Instant nextAttemptAt;

	private String lastError;

	private Instant createdAt;

	private Instant sentAt;

	protected Delivery() {
	}

	private Delivery(ReceivedEvent event, Addressee addressee, long notificationId, String payload, Instant now) {
		this.messageId = "msg_" + UUID.randomUUID().toString().replace("-", "");
		this.eventId = event.id();
		this.eventType = event.type().type();
		this.recipient = addressee.recipient();
		this.channel = addressee.channel();
		this.destination = addressee.destination();
		this.notificationId = notificationId;
		this.subscriptionId = addressee.subscriptionId();
		this.payload = payload;
		this.createdAt = now;
		if (this.channel == Channel.INBOX) {
			this.status = DeliveryStatus.SENT;
			this.attempts = 1;
			this.sentAt = now;
		}
		else {
			this.status = DeliveryStatus.PENDING;
			this.nextAttemptAt = now;
		}
	}

	/**
	 * @param payload what a webhook POSTs: the CloudEvent in structured JSON; none for
	 * the other channels
	 */
	static Delivery of(ReceivedEvent event, Addressee addressee, long notificationId, String payload, Instant now) {
		return new Delivery(event, addressee, notificationId, payload, now);
	}

	Delivery sent(Instant now) {
		this.attempts++;
		this.status = DeliveryStatus.SENT;
		this.sentAt = now;
		this.nextAttemptAt = null;
		this.lastError = null;
		return this;
	}

	/**
	 * Records a failed attempt: the next one after the policy's wait, or none, and the
	 * delivery is dead.
	 * @param retryable whether another attempt could succeed
	 * @param random a random number in [0, 1), for the jitter
	 */
	Delivery failed(String error, boolean retryable, Instant now, RetryPolicy policy, double random) {
		this.attempts++;
		this.lastError = (error.length() <= MAX_ERROR) ? error : error.substring(0, MAX_ERROR);
		Optional<Duration> wait = retryable ? policy.delayAfter(this.attempts, random) : Optional.empty();
		if (wait.isPresent()) {
			this.nextAttemptAt = now.plus(wait.get());
		}
		else {
			this.status = DeliveryStatus.DEAD;
			this.nextAttemptAt = null;
		}
		return this;
	}

	/** Gives a dead delivery a new series of attempts, starting now. */
	Delivery retryByHand(Instant now) {
		if (this.status != DeliveryStatus.DEAD) {
			throw new IllegalStateException("Only a dead delivery can be retried; this one is " + this.status);
		}
		this.status = DeliveryStatus.PENDING;
		this.attempts = 0;
		this.nextAttemptAt = now;
		return this;
	}

	public Long getId() {
		return this.id;
	}

	/** The Standard Webhooks {@code webhook-id}: the same on every attempt. */
	public String getMessageId() {
		return this.messageId;
	}

	public String getEventId() {
		return this.eventId;
	}

	public String getEventType() {
		return this.eventType;
	}

	public String getRecipient() {
		return this.recipient;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public String getDestination() {
		return this.destination;
	}

	public Long getNotificationId() {
		return this.notificationId;
	}

	public Long getSubscriptionId() {
		return this.subscriptionId;
	}

	public String getPayload() {
		return this.payload;
	}

	public DeliveryStatus getStatus() {
		return this.status;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public Instant getNextAttemptAt() {
		return this.nextAttemptAt;
	}

	public String getLastError() {
		return this.lastError;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

}
