package eu.sanctions.notification.inbox;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.notification.rules.Notice;

/** What one recipient was told of one event, in its inbox. */
@Entity
@Table(name = "notification")
public class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String eventId;

	private String eventType;

	private String packageKey;

	private String subject;

	private String recipient;

	private String title;

	private String body;

	private String link;

	private Instant createdAt;

	private Instant readAt;

	protected Notification() {
	}

	private Notification(ReceivedEvent event, String recipient, Notice notice, Instant createdAt) {
		this.eventId = event.id();
		this.eventType = event.type().type();
		this.packageKey = event.data().packageKey();
		this.subject = event.subject();
		this.recipient = recipient;
		this.title = notice.title();
		this.body = notice.body();
		this.link = notice.link();
		this.createdAt = createdAt;
	}

	public static Notification of(ReceivedEvent event, String recipient, Notice notice, Instant now) {
		return new Notification(event, recipient, notice, now);
	}

	/** Marks it read; reading it again keeps the first time. */
	Notification markRead(Instant now) {
		if (this.readAt == null) {
			this.readAt = now;
		}
		return this;
	}

	public Long getId() {
		return this.id;
	}

	public String getEventId() {
		return this.eventId;
	}

	public String getEventType() {
		return this.eventType;
	}

	public String getPackageKey() {
		return this.packageKey;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getRecipient() {
		return this.recipient;
	}

	public String getTitle() {
		return this.title;
	}

	public String getBody() {
		return this.body;
	}

	public String getLink() {
		return this.link;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getReadAt() {
		return this.readAt;
	}

	public boolean isRead() {
		return this.readAt != null;
	}

}
