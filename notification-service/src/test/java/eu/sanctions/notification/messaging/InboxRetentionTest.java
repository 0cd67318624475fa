package eu.sanctions.notification.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.sanctions.notification.BrokerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox of events forgets what it applied more than 30 days ago, on one node at a
 * time.
 */
class InboxRetentionTest extends BrokerTest {

	private static final String CONSUMER = "notification-service";

	private static final String LOCK = "notification-inbox-retention";

	@Autowired
	private InboxRetention retention;

	@Autowired
	private Clock clock;

	/**
	 * Lets the lock go as a node does: its row stays (ShedLock only inserts a lock's row
	 * once), free from now on.
	 */
	@AfterEach
	void releaseTheLock() {
		this.jdbc.update("UPDATE shedlock SET lock_until = DATEADD('SECOND', -1, CURRENT_TIMESTAMP) WHERE name = ?",
				LOCK);
	}

	@Test
	void forgetsTheEventsAppliedBeforeTheRetentionAndKeepsTheOthers() {
		Instant now = this.clock.instant();
		String old = applied(now.minus(Duration.ofDays(31)));
		String lastMonth = applied(now.minus(Duration.ofDays(29)));
		String today = applied(now);

		Integer forgotten = this.retention.forgetOldEvents();

		assertThat(forgotten).isGreaterThanOrEqualTo(1);
		assertThat(inInbox(List.of(old, lastMonth, today))).containsExactlyInAnyOrder(lastMonth, today);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = ?", Integer.class, LOCK))
			.as("the job runs under its ShedLock lock")
			.isEqualTo(1);
	}

	@Test
	void forgetsNothingWhileAnotherNodeHoldsTheLock() {
		String old = applied(this.clock.instant().minus(Duration.ofDays(40)));
		this.jdbc.update("MERGE INTO shedlock (name, lock_until, locked_at, locked_by) KEY (name) "
				+ "VALUES (?, DATEADD('HOUR', 1, CURRENT_TIMESTAMP), CURRENT_TIMESTAMP, 'another-node')", LOCK);

		Integer forgotten = this.retention.forgetOldEvents();

		assertThat(forgotten).isNull();
		assertThat(inInbox(List.of(old))).containsExactly(old);
	}

	private String applied(Instant at) {
		String eventId = UUID.randomUUID().toString();
		this.jdbc.update("INSERT INTO event_inbox (consumer, event_id, processed_at) VALUES (?, ?, ?)", CONSUMER,
				eventId, Timestamp.from(at));
		return eventId;
	}

	private List<String> inInbox(List<String> eventIds) {
		return this.jdbc.queryForList("SELECT event_id FROM event_inbox", String.class)
			.stream()
			.filter(eventIds::contains)
			.toList();
	}

}
