package eu.sanctions.notification.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import eu.sanctions.notification.BrokerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notification-service forgets, every hour, under its own lock, the events it applied
 * more than 30 days ago ({@code ForgettingAppliedEvents} is tested in events).
 */
class InboxRetentionTest extends BrokerTest {

	@Autowired
	private InboxRetention retention;

	@Autowired
	private ScheduledTaskHolder scheduling;

	@Autowired
	private Clock clock;

	@Test
	void forgetsWhatItAppliedMoreThanThirtyDaysAgoUnderItsOwnLock() {
		for (int daysAgo : List.of(31, 29)) {
			this.jdbc.update("INSERT INTO event_inbox (consumer, event_id, processed_at) VALUES (?, ?, ?)",
					"notification-service", "retention-test-" + daysAgo + "-days-ago",
					Timestamp.from(this.clock.instant().minus(Duration.ofDays(daysAgo))));
		}

		assertThat(this.retention.forgetOldEvents()).isPresent();

		assertThat(this.jdbc.queryForList("SELECT event_id FROM event_inbox WHERE event_id LIKE 'retention-test-%'",
				String.class))
			.containsExactly("retention-test-29-days-ago");
		assertThat(this.jdbc.queryForList("SELECT name FROM shedlock", String.class))
			.contains("notification-inbox-retention");
	}

	@Test
	void forgetsEveryHour() {
		assertThat(this.scheduling.getScheduledTasks()).extracting(ScheduledTask::getTask)
			.filteredOn((task) -> task.toString().endsWith("InboxRetention.forgetOldEvents"))
			.singleElement()
			.isInstanceOfSatisfying(FixedDelayTask.class,
					(task) -> assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofHours(1)));
	}

}
