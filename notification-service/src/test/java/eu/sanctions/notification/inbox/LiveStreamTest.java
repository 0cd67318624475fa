package eu.sanctions.notification.inbox;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.renewal.ReminderDue;
import eu.sanctions.events.testing.SampleEvents;
import eu.sanctions.notification.Api;
import eu.sanctions.notification.BrokerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page holding a Server-Sent Events stream open hears of a new notification at once,
 * also of one that committed late, and a page that reconnects gets what it missed.
 */
class LiveStreamTest extends BrokerTest {

	@Autowired
	private DataSource dataSource;

	private final ExecutorService readers = Executors.newCachedThreadPool();

	private final List<HttpResponse<Stream<String>>> open = new CopyOnWriteArrayList<>();

	@AfterEach
	void closeStreams() throws InterruptedException {
		this.open.forEach((response) -> response.body().close());
		this.readers.shutdownNow();
		this.readers.awaitTermination(5, TimeUnit.SECONDS);
	}

	@Test
	void streamsANewNotificationToItsRecipient() throws Exception {
		List<String> lines = stream("desk-LT", DESK_LT, null);

		CloudEvent reminder = publish(reminderTo(MemberState.LT));

		Notification notification = await()
			.until(() -> this.notifications.findByEventIdOrderByRecipient(reminder.getId()),
					(found) -> found.size() == 1)
			.get(0);
		await().until(() -> lines.contains("id:" + notification.getId()));
		assertThat(lines).contains("event:notification");
		assertThat(lines).anySatisfy((line) -> assertThat(line).startsWith("data:")
			.contains("\"eventId\":\"" + reminder.getId() + "\"")
			.contains("\"title\":\"EU-BLR: your position is due by 2027-02-12\""));
	}

	@Test
	void sendsAReconnectingPageWhatItMissedSinceItsLastEvent() throws Exception {
		CloudEvent first = publish(reminderTo(MemberState.LT));
		CloudEvent second = publish(reminderTo(MemberState.LT));
		long firstId = this.notifications.findByEventIdOrderByRecipient(deliveriesOf(first.getId()).get(0).getEventId())
			.get(0)
			.getId();
		awaitApplied(second.getId());

		List<String> lines = stream("desk-LT", DESK_LT, String.valueOf(firstId));

		await().until(() -> lines.stream().anyMatch((line) -> line.contains(second.getId())));
		assertThat(lines).noneMatch((line) -> line.contains(first.getId()));
	}

	@Test
	void streamsANotificationThatCommitsAfterOneNumberedAboveIt() throws Exception {
		List<String> lines = stream("desk-LT", DESK_LT, null);
		String slowEvent = UUID.randomUUID().toString();
		String fastEvent = UUID.randomUUID().toString();
		long slowId;
		try (Connection slowNode = this.dataSource.getConnection()) {
			slowNode.setAutoCommit(false);
			// One node writes its notification first and commits last.
			slowId = insertNotification(slowNode, slowEvent);
			long fastId;
			try (Connection fastNode = this.dataSource.getConnection()) {
				fastId = insertNotification(fastNode, fastEvent);
			}
			assertThat(fastId).isGreaterThan(slowId);
			await().until(() -> lines.contains("id:" + fastId));
			slowNode.commit();
		}

		await().until(() -> lines.contains("id:" + slowId));
		assertThat(lines).filteredOn((line) -> line.equals("id:" + slowId)).hasSize(1);
	}

	@Test
	void refusesAStreamOfAnotherRecipientsInboxWithAProblem() throws Exception {
		HttpResponse<String> refused = this.api.client()
			.send(HttpRequest.newBuilder(this.api.uri("/api/notifications/stream?recipient=desk-LV"))
				.header("Accept", "text/event-stream")
				.header("Authorization", DESK_LT)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(refused.body()).contains("\"status\":403").doesNotContain("Exception");
		Api.Response anonymous = this.api.get("/api/notifications/stream?recipient=desk-LT", null);
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.isProblem()).isTrue();
	}

	/** Opens a stream as a browser's EventSource would, and collects its lines. */
	private List<String> stream(String recipient, String authorization, String lastEventId) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(this.api.uri("/api/notifications/stream?recipient=" + recipient))
			.header("Accept", "text/event-stream")
			.header("Authorization", authorization);
		if (lastEventId != null) {
			request.header("Last-Event-ID", lastEventId);
		}
		HttpResponse<Stream<String>> response = this.api.client()
			.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
			.get(10, TimeUnit.SECONDS);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));
		this.open.add(response);
		List<String> lines = new CopyOnWriteArrayList<>();
		this.readers.submit(() -> response.body().forEach(lines::add));
		await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream().anyMatch((line) -> line.startsWith(":")));
		return lines;
	}

	private static long insertNotification(Connection connection, String eventId) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO notification (event_id, event_type, package_key, recipient, title, body, created_at)
				VALUES (?, 'eu.sanctions.renewal.reminder-due.v1', 'EU-BLR', 'desk-LT', 'Reminder', 'Answer.',
				        CURRENT_TIMESTAMP)""", Statement.RETURN_GENERATED_KEYS)) {
			insert.setString(1, eventId);
			insert.executeUpdate();
			try (ResultSet keys = insert.getGeneratedKeys()) {
				keys.next();
				return keys.getLong(1);
			}
		}
	}

	private static ReminderDue reminderTo(MemberState state) {
		ReminderDue sample = SampleEvents.reminderDue();
		return new ReminderDue(sample.renewalId(), sample.packageKey(), sample.round(), sample.deadline(),
				List.of(state));
	}

}
