package eu.sanctions.notification.inbox;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Limit;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The inboxes' live streams on this node. Each stream remembers the last notification it
 * sent and is sent what arrived after it, read from the database: whichever node consumed
 * the event, every node's streams see it.
 * <p>
 * Ids are given when a notification is written, not when it commits: with several nodes
 * consuming, a notification may commit after one numbered above it that a stream has
 * already sent. So a stream also looks back, for {@code lateCommits} after it sent
 * something, at the ids below what it sent, and sends what it finds there for the first
 * time. (A page that reconnects resumes strictly after its {@code Last-Event-ID}.)
 */
@Component
class LiveNotifications implements SmartLifecycle {

	static final String EVENT_NAME = "notification";

	private static final Limit BATCH = Limit.of(100);

	private static final Limit LOOK_BACK = Limit.of(500);

	private final Notifications notifications;

	private final StreamSettings settings;

	private final Clock clock;

	private final Map<SseEmitter, Listener> listeners = new ConcurrentHashMap<>();

	private volatile boolean running;

	LiveNotifications(Notifications notifications, StreamSettings settings, Clock clock) {
		this.notifications = notifications;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Opens a stream of a recipient's notifications, from the one after
	 * {@code lastEventId} when a client resumes, else from now on.
	 */
	SseEmitter open(String recipient, Long lastEventId) {
		long after = (lastEventId != null) ? lastEventId
				: this.notifications.findFirstByRecipientOrderByIdDesc(recipient).map(Notification::getId).orElse(0L);
		SseEmitter emitter = new SseEmitter(this.settings.timeout().toMillis());
		Listener listener = new Listener(recipient, after, this.clock.instant());
		this.listeners.put(emitter, listener);
		emitter.onCompletion(() -> this.listeners.remove(emitter));
		emitter.onTimeout(() -> {
			this.listeners.remove(emitter);
			emitter.complete();
		});
		emitter.onError((ex) -> this.listeners.remove(emitter));
		send(emitter, listener, SseEmitter.event().comment("inbox of " + recipient));
		return emitter;
	}

	@Scheduled(fixedDelayString = "${sanctions.notification.stream.poll-interval:PT1S}")
	void push() {
		if (this.listeners.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		this.listeners.forEach((emitter, listener) -> {
			List<Notification> late = (listener.floor + 1 < listener.lastId) ? this.notifications
				.findByRecipientAndIdBetweenOrderByIdAsc(listener.recipient, listener.floor + 1, listener.lastId - 1,
						LOOK_BACK)
				.stream()
				.filter((notification) -> !listener.recent.containsKey(notification.getId()))
				.toList() : List.of();
			List<Notification> fresh = this.notifications
				.findByRecipientAndIdGreaterThanOrderByIdAsc(listener.recipient, listener.lastId, BATCH);
			for (Notification notification : late) {
				if (!sendNotification(emitter, listener, notification, now)) {
					return;
				}
			}
			for (Notification notification : fresh) {
				if (!sendNotification(emitter, listener, notification, now)) {
					return;
				}
				listener.lastId = notification.getId();
			}
			listener.forgetBefore(now.minus(this.settings.lateCommits()));
			if (late.isEmpty() && fresh.isEmpty() && listener.lastSent.plus(this.settings.keepAlive()).isBefore(now)) {
				send(emitter, listener, SseEmitter.event().comment("keep-alive"));
			}
		});
	}

	private boolean sendNotification(SseEmitter emitter, Listener listener, Notification notification, Instant now) {
		if (!send(emitter, listener,
				SseEmitter.event()
					.id(String.valueOf(notification.getId()))
					.name(EVENT_NAME)
					.data(NotificationView.of(notification), MediaType.APPLICATION_JSON))) {
			return false;
		}
		listener.recent.put(notification.getId(), now);
		return true;
	}

	/** How many streams are open on this node. */
	int openStreams() {
		return this.listeners.size();
	}

	private boolean send(SseEmitter emitter, Listener listener, SseEmitter.SseEventBuilder event) {
		try {
			emitter.send(event);
			listener.lastSent = this.clock.instant();
			return true;
		}
		catch (IOException | IllegalStateException ex) {
			// The client went away; the container completes the request.
			this.listeners.remove(emitter);
			return false;
		}
	}

	@Override
	public void start() {
		this.running = true;
	}

	/**
	 * Closes the streams before the web server waits for requests to finish: an open
	 * stream would hold a graceful shutdown for its whole timeout.
	 */
	@Override
	public void stop() {
		this.running = false;
		this.listeners.keySet().forEach(SseEmitter::complete);
		this.listeners.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private static final class Listener {

		private final String recipient;

		/** The highest id sent. */
		private volatile long lastId;

		/** Ids up to this one are settled: nothing more is looked for there. */
		private volatile long floor;

		/**
		 * The ids sent lately, and when: below {@link #lastId}, what is not here is late.
		 */
		private final Map<Long, Instant> recent = new ConcurrentHashMap<>();

		private volatile Instant lastSent;

		private Listener(String recipient, long lastId, Instant lastSent) {
			this.recipient = recipient;
			this.lastId = lastId;
			this.floor = lastId;
			this.lastSent = lastSent;
		}

		/**
		 * Settles what was sent before this instant: a commit that late is not waited
		 * for.
		 */
		private void forgetBefore(Instant instant) {
			this.recent.entrySet().removeIf((sent) -> {
				if (sent.getValue().isBefore(instant)) {
					this.floor = Math.max(this.floor, sent.getKey());
					return true;
				}
				return false;
			});
		}

	}

}
