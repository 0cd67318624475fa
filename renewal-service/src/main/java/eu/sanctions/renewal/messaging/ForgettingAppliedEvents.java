package eu.sanctions.renewal.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskResult;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.DependsOn;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import eu.sanctions.events.EventStorageException;
import eu.sanctions.events.inbox.Inbox;

/**
 * Forgets, now and then, the events the listeners applied longer ago than the inbox's
 * retention, so that {@code event_inbox} does not grow forever; on one node at a time.
 * The retention must be longer than any redelivery can come late (a consumer group reset,
 * a replay of the topics), or a redelivered event would be applied twice.
 */
@Component
@DependsOn("eventTables")
class ForgettingAppliedEvents {

	static final String LOCK = "renewal-inbox-retention";

	private static final Logger log = LoggerFactory.getLogger(ForgettingAppliedEvents.class);

	private final Inbox inbox;

	private final InboxRetention retention;

	private final Clock clock;

	private final LockingTaskExecutor locks;

	ForgettingAppliedEvents(Inbox inbox, InboxRetention retention, Clock clock, DataSource dataSource) {
		this.inbox = inbox;
		this.retention = retention;
		this.clock = clock;
		this.locks = new DefaultLockingTaskExecutor(new JdbcLockProvider(dataSource));
	}

	@Scheduled(initialDelayString = "${sanctions.inbox.cleanup-interval:PT1H}",
			fixedDelayString = "${sanctions.inbox.cleanup-interval:PT1H}")
	void forgetOnSchedule() {
		forgetOldEvents();
	}

	/**
	 * Forgets the events applied before the retention.
	 * @return how many, or nothing if another node is at it
	 */
	OptionalInt forgetOldEvents() {
		Instant before = this.clock.instant().minus(this.retention.retention());
		try {
			// Lock times are ShedLock's (the system clock), not the engine's, which tests
			// and the demo move.
			TaskResult<Integer> result = this.locks.executeWithLock(() -> this.inbox.forgetBefore(before),
					new LockConfiguration(ClockProvider.now(), LOCK, Duration.ofMinutes(10), Duration.ZERO));
			if (!result.wasExecuted()) {
				return OptionalInt.empty();
			}
			int forgotten = result.getResult();
			if (forgotten > 0) {
				log.info("Forgot {} events applied before {} (retention {})", forgotten, before,
						this.retention.retention());
			}
			return OptionalInt.of(forgotten);
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new EventStorageException("Could not clean up the inbox", ex);
		}
	}

}
