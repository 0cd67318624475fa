package eu.sanctions.events.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.sanctions.events.EventTables;
import eu.sanctions.events.time.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What forgetting the applied events promises, against a real database: H2 or PostgreSQL,
 * chosen by the subclass.
 */
abstract class ForgettingAppliedEventsContractTests {

	private static final String LOCK = "test-inbox-retention";

	private static final ForgettingAppliedEvents.Settings THIRTY_DAYS = new ForgettingAppliedEvents.Settings(
			Duration.ofDays(30));

	private DataSource dataSource;

	/** A fresh, empty database for each test. */
	abstract DataSource newDatabase();

	@BeforeEach
	void setUp() {
		this.dataSource = newDatabase();
		EventTables.migrate(this.dataSource);
	}

	@Test
	void forgetsWhatEveryConsumerAppliedBeforeTheRetentionAndKeepsTheRest() {
		Clock clock = Clock.systemUTC();
		applied("registry", "a-month-and-a-day-ago", clock.instant().minus(Duration.ofDays(31)));
		applied("notification", "forty-days-ago", clock.instant().minus(Duration.ofDays(40)));
		applied("registry", "a-month-less-a-day-ago", clock.instant().minus(Duration.ofDays(29)));
		applied("notification", "now", clock.instant());

		assertThat(forgetting(clock).forgetOldEvents()).hasValue(2);

		assertThat(remembered()).containsExactly("a-month-less-a-day-ago", "now");
		assertThat(
				this.jdbc().sql("SELECT COUNT(*) FROM shedlock WHERE name = ?").param(LOCK).query(Long.class).single())
			.as("it ran under the service's lock")
			.isOne();
	}

	@Test
	void measuresTheRetentionOnTheServicesClockAndItsLockOnShedLocks() {
		MovableClock clock = new MovableClock(Clock.systemUTC());
		applied("registry", "ten-days-ago", clock.instant().minus(Duration.ofDays(10)));
		clock.advance(Duration.ofDays(365));
		ForgettingAppliedEvents forgetting = forgetting(clock);

		assertThat(forgetting.forgetOldEvents()).as("375 days old by the service's clock").hasValue(1);
		assertThat(forgetting.forgetOldEvents()).as("the lock is free again by the system clock, not a year from now")
			.hasValue(0);
		assertThat(remembered()).isEmpty();
	}

	@Test
	void leavesItToTheNodeThatHoldsTheLock() {
		applied("registry", "long-ago", Instant.now().minus(Duration.ofDays(90)));
		ForgettingAppliedEvents forgetting = forgetting(Clock.systemUTC());
		SimpleLock anotherNode = new JdbcLockProvider(this.dataSource)
			.lock(new LockConfiguration(ClockProvider.now(), LOCK, Duration.ofMinutes(5), Duration.ZERO))
			.orElseThrow();

		assertThat(forgetting.forgetOldEvents()).isEmpty();
		assertThat(remembered()).containsExactly("long-ago");

		anotherNode.unlock();

		assertThat(forgetting.forgetOldEvents()).hasValue(1);
		assertThat(remembered()).isEmpty();
	}

	private ForgettingAppliedEvents forgetting(Clock clock) {
		return new ForgettingAppliedEvents(new Inbox(this.dataSource, clock), this.dataSource, LOCK, THIRTY_DAYS,
				clock);
	}

	/** The consumer applies the event at that time, by the inbox's clock. */
	private void applied(String consumer, String eventId, Instant at) {
		assertThat(new Inbox(this.dataSource, Clock.fixed(at, ZoneOffset.UTC)).firstDelivery(consumer, eventId))
			.isTrue();
	}

	private List<String> remembered() {
		return this.jdbc().sql("SELECT event_id FROM event_inbox ORDER BY processed_at").query(String.class).list();
	}

	private JdbcClient jdbc() {
		return JdbcClient.create(this.dataSource);
	}

}
