package eu.sanctions.renewal.messaging;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.sanctions.renewal.EmbeddedServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox forgets the events applied longer ago than its retention (30 days), keeps the
 * others, and is cleaned up by one node at a time.
 */
class ForgettingAppliedEventsTest extends EmbeddedServiceTest {

	@Autowired
	ForgettingAppliedEvents forgetting;

	private final String consumer = "test-retention-" + UUID.randomUUID();

	/** The other node is done (ShedLock's rows stay; it remembers they exist). */
	@AfterEach
	void releaseTheLock() {
		this.jdbc.sql("UPDATE shedlock SET lock_until = ? WHERE name = ? AND locked_by = 'another-node'")
			.params(Timestamp.from(Instant.now().minusSeconds(1)), ForgettingAppliedEvents.LOCK)
			.update();
	}

	@Test
	void forgetsTheEventsAppliedBeforeTheRetentionAndKeepsTheOthers() {
		Instant now = this.clock.instant();
		applied("a-month-and-a-day-ago", now.minus(Duration.ofDays(31)));
		applied("a-month-less-a-day-ago", now.minus(Duration.ofDays(29)));

		OptionalInt forgotten = this.forgetting.forgetOldEvents();

		assertThat(forgotten).isPresent();
		assertThat(forgotten.getAsInt()).isPositive();
		assertThat(remembered()).containsExactly("a-month-less-a-day-ago");
	}

	@Test
	void leavesTheCleanUpToTheNodeThatHoldsItsLock() {
		applied("long-ago", this.clock.instant().minus(Duration.ofDays(90)));
		Instant now = Instant.now();
		this.jdbc.sql("DELETE FROM shedlock WHERE name = ?").param(ForgettingAppliedEvents.LOCK).update();
		this.jdbc.sql("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES (?, ?, ?, 'another-node')")
			.params(ForgettingAppliedEvents.LOCK, Timestamp.from(now.plus(Duration.ofMinutes(5))), Timestamp.from(now))
			.update();

		assertThat(this.forgetting.forgetOldEvents()).isEmpty();
		assertThat(remembered()).containsExactly("long-ago");

		releaseTheLock();
		assertThat(this.forgetting.forgetOldEvents()).isPresent();
		assertThat(remembered()).isEmpty();
	}

	private void anotherNodeHoldsTheLock() {
		Instant now = Instant.now();
		Timestamp until = Timestamp.from(now.plus(Duration.ofMinutes(5)));
		if (this.jdbc
			.sql("UPDATE shedlock SET lock_until = ?, locked_at = ?, locked_by = 'another-node' WHERE name = ?")
			.params(until, Timestamp.from(now), ForgettingAppliedEvents.LOCK)
			.update() == 0) {
			this.jdbc
				.sql("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES (?, ?, ?, 'another-node')")
				.params(ForgettingAppliedEvents.LOCK, until, Timestamp.from(now))
				.update();
		}
	}

	private void applied(String eventId, Instant at) {
		this.jdbc.sql("INSERT INTO event_inbox (consumer, event_id, processed_at) VALUES (?, ?, ?)")
			.params(this.consumer, eventId, Timestamp.from(at))
			.update();
	}

	private List<String> remembered() {
		return this.jdbc.sql("SELECT event_id FROM event_inbox WHERE consumer = ? ORDER BY event_id")
			.param(this.consumer)
			.query(String.class)
			.list();
	}

}
