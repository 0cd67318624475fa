package eu.sanctions.renewal.messaging;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import eu.sanctions.renewal.EmbeddedServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The renewal-service forgets, every hour, under its own lock, the events it applied more
 * than 30 days ago by the engine's clock ({@code ForgettingAppliedEvents} is tested in
 * events).
 */
class InboxRetentionTest extends EmbeddedServiceTest {

	@Autowired
	InboxRetention retention;

	@Autowired
	ScheduledTaskHolder scheduling;

	private final String consumer = "test-retention-" + UUID.randomUUID();

	@Test
	void forgetsWhatItAppliedMoreThanThirtyDaysAgoUnderItsOwnLock() {
		applied("a-month-and-a-day-ago", Duration.ofDays(31));
		applied("a-month-less-a-day-ago", Duration.ofDays(29));

		assertThat(this.retention.forgetOldEvents()).isPresent();

		assertThat(this.jdbc.sql("SELECT event_id FROM event_inbox WHERE consumer = ?")
			.param(this.consumer)
			.query(String.class)
			.list()).containsExactly("a-month-less-a-day-ago");
		assertThat(this.jdbc.sql("SELECT locked_by FROM shedlock WHERE name = 'renewal-inbox-retention'")
			.query(String.class)
			.optional()).isPresent();
	}

	@Test
	void forgetsEveryHour() {
		assertThat(this.scheduling.getScheduledTasks()).extracting(ScheduledTask::getTask)
			.filteredOn((task) -> task.toString().endsWith("InboxRetention.forgetOldEvents"))
			.singleElement()
			.isInstanceOfSatisfying(FixedDelayTask.class,
					(task) -> assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofHours(1)));
	}

	private void applied(String eventId, Duration ago) {
		this.jdbc.sql("INSERT INTO event_inbox (consumer, event_id, processed_at) VALUES (?, ?, ?)")
			.params(this.consumer, eventId, Timestamp.from(this.clock.instant().minus(ago)))
			.update();
	}

}
