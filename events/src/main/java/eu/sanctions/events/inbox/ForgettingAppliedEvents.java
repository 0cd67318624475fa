package eu.sanctions.events.inbox;

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

import eu.sanctions.events.EventStorageException;

/**
 * Forgets the events a service's consumers applied longer ago than the retention, so that
 * the inbox does not grow for ever; on one node of the service at a time, under a
 * ShedLock lock of the service's. The service runs it on its own schedule.
 * <p>
 * The retention must be longer than any redelivery can come late (a record still on its
 * topic, a consumer group reset, a replay of the topics): a redelivered event the inbox
 * has forgotten would be applied twice.
 * <p>
 * Two clocks, on purpose: what is old is measured on the service's clock, the one the
 * inbox writes its times with, which the system tests and the demo move ahead; the lock's
 * times are ShedLock's (the system clock), because ShedLock checks them against it: a
 * service whose clock was moved ahead must not leave behind a lock that looks held for as
 * long as it moved.
 */
public final class ForgettingAppliedEvents {

	/** How long a node that crashed while forgetting blocks the others. */
	private static final Duration LOCK_AT_MOST_FOR = Duration.ofMinutes(10);

	private static final Logger log = LoggerFactory.getLogger(ForgettingAppliedEvents.class);

	private final Inbox inbox;

	private final LockingTaskExecutor locks;

	private final String lockName;

	private final Settings settings;

	private final Clock clock;

	/**
	 * @param inbox the service's inbox
	 * @param dataSource the service's data source, holding ShedLock's table
	 * ({@code EventTables} creates it)
	 * @param lockName the lock, one per service: the nodes of a service take turns under
	 * it
	 * @param settings how long an applied event is remembered
	 * @param clock the service's clock, the one its inbox writes its times with
	 */
	public ForgettingAppliedEvents(Inbox inbox, DataSource dataSource, String lockName, Settings settings,
			Clock clock) {
		this.inbox = inbox;
		this.locks = new DefaultLockingTaskExecutor(new JdbcLockProvider(dataSource));
		this.lockName = lockName;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Forgets the events applied before the retention, unless another node is at it.
	 * @return how many were forgotten; nothing if another node holds the lock
	 */
	public OptionalInt forgetOldEvents() {
		Instant before = this.clock.instant().minus(this.settings.retention());
		try {
			TaskResult<Integer> result = this.locks.executeWithLock(() -> this.inbox.forgetBefore(before),
					new LockConfiguration(ClockProvider.now(), this.lockName, LOCK_AT_MOST_FOR, Duration.ZERO));
			if (!result.wasExecuted()) {
				return OptionalInt.empty();
			}
			int forgotten = result.getResult();
			if (forgotten > 0) {
				log.info("Forgot {} events applied before {} (retention {})", forgotten, before,
						this.settings.retention());
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

	/**
	 * How long the inbox remembers an applied event ({@code sanctions.inbox.*}). Left
	 * {@code null}, it takes the default, so that a service binds this whether the
	 * property is set or not.
	 *
	 * @param retention how long an applied event's id is kept to recognise its
	 * redelivery: positive; 30 days by default, four times the topics' default retention
	 * (7 days)
	 */
	public record Settings(Duration retention) {

		public Settings {
			retention = (retention != null) ? retention : Duration.ofDays(30);
			if (retention.isNegative() || retention.isZero()) {
				throw new IllegalArgumentException("The inbox keeps events for a positive time, not " + retention);
			}
		}

		/** The default: 30 days. */
		public static Settings defaults() {
			return new Settings(null);
		}

	}

}
