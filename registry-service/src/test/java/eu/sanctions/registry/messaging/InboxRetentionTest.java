package eu.sanctions.registry.messaging;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import eu.sanctions.registry.MutableClock;
import eu.sanctions.registry.NoBrokerTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry forgets, every hour, under its own lock, the events it applied more than
 * 30 days ago by its clock ({@code ForgettingAppliedEvents} is tested in events).
 */
class InboxRetentionTest extends NoBrokerTestBase {

	@Autowired
	InboxRetention retention;

	@Autowired
	ScheduledTaskHolder scheduling;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void forgetsWhatItAppliedMoreThanThirtyDaysAgoUnderItsOwnLock() {
		String old = applied(this.clock.instant().minus(Duration.ofDays(31)));
		String recent = applied(this.clock.instant().minus(Duration.ofDays(29)));

		assertThat(this.retention.forgetOldEvents()).isPresent();

		assertThat(this.jdbc.queryForList("SELECT event_id FROM event_inbox WHERE event_id IN (?, ?)", String.class,
				old, recent))
			.containsExactly(recent);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = 'registry-inbox-retention'",
				Integer.class))
			.isOne();
	}

	@Test
	void forgetsEveryHour() {
		assertThat(this.scheduling.getScheduledTasks()).extracting(ScheduledTask::getTask)
			.filteredOn((task) -> task.toString().endsWith("InboxRetention.forgetOldEvents"))
			.singleElement()
			.isInstanceOfSatisfying(FixedDelayTask.class,
					(task) -> assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofHours(1)));
	}

	private String applied(Instant at) {
		String eventId = UUID.randomUUID().toString();
		this.jdbc.update("INSERT INTO event_inbox (consumer, event_id, processed_at) VALUES ('registry-service', ?, ?)",
				eventId, Timestamp.from(at));
		return eventId;
	}

}
