package eu.sanctions.notification.inbox;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Limit;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import eu.sanctions.notification.access.Callers;
import eu.sanctions.notification.problems.Problems;

@Tag(name = "Inbox", description = "Every notification, per recipient: desk-LT, staff, or an integrator's name")
@RestController
@RequestMapping("/api/notifications")
class InboxController {

	private final Notifications notifications;

	private final ReadingNotifications reading;

	private final LiveNotifications live;

	InboxController(Notifications notifications, ReadingNotifications reading, LiveNotifications live) {
		this.notifications = notifications;
		this.reading = reading;
		this.live = live;
	}

	@Operation(summary = "A recipient's notifications, newest first; only the caller's own")
	@GetMapping
	InboxView inbox(@RequestParam @NotBlank @Size(max = 100) String recipient,
			@RequestParam(defaultValue = "ALL") ReadState status,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit, Authentication authentication) {
		Callers.requireInbox(authentication, recipient);
		List<Notification> found = switch (status) {
			case ALL -> this.notifications.findByRecipientOrderByIdDesc(recipient, Limit.of(limit));
			case UNREAD -> this.notifications.findByRecipientAndReadAtIsNullOrderByIdDesc(recipient, Limit.of(limit));
			case READ -> this.notifications.findByRecipientAndReadAtIsNotNullOrderByIdDesc(recipient, Limit.of(limit));
		};
		return new InboxView(recipient, this.notifications.countByRecipientAndReadAtIsNull(recipient),
				found.stream().map(NotificationView::of).toList());
	}

	@Operation(summary = "Marks one of the caller's notifications read")
	@PostMapping("/{id}/read")
	NotificationView markRead(@PathVariable long id, Authentication authentication) {
		return this.reading.markRead(id, Callers.inboxesOf(Callers.of(authentication)));
	}

	@Operation(summary = "A live stream (Server-Sent Events) of a recipient's new notifications",
			description = "Each event is named 'notification', its id is the notification's id and its data the "
					+ "notification as JSON. A client that reconnects with Last-Event-ID gets what it missed.")
	@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(@RequestParam @NotBlank @Size(max = 100) String recipient,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
			Authentication authentication) {
		Callers.requireInbox(authentication, recipient);
		return this.live.open(recipient, parse(lastEventId));
	}

	private static Long parse(String lastEventId) {
		if (lastEventId == null || lastEventId.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(lastEventId.trim());
		}
		catch (NumberFormatException ex) {
			throw Problems.invalid("Last-Event-ID", "must be the id of a notification");
		}
	}

	/** Which of a recipient's notifications to list. */
	enum ReadState {

		ALL, UNREAD, READ

	}

	/**
	 * A recipient's inbox.
	 *
	 * @param recipient whose it is
	 * @param unread how many are unread, of all
	 * @param notifications the newest, as asked
	 */
	record InboxView(String recipient, long unread, List<NotificationView> notifications) {
	}

}
