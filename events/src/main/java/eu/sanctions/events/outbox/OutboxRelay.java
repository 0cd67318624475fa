package eu.sanctions.events.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskResult;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import eu.sanctions.events.EventStorageException;
import eu.sanctions.events.cloudevents.EventCodec;

/**
 * Relays the outbox to Kafka: pending events in id order, in batches, each batch marked
 * published only up to the first event the broker did not acknowledge. At least once: a
 * crash between the send and the mark sends again (consumers deduplicate by event id);
 * never out of order within a package, because events of one package are numbered and
 * stored in commit order and one relay at a time (a ShedLock lock) sends them in that
 * order.
 * <p>
 * The relay runs on its own thread. It wakes up when told that a transaction wrote to the
 * outbox ({@link #wakeUp()}), and polls anyway, so that events written by another node or
 * before a crash are not left behind. While the broker is down, events wait in the table;
 * they leave in order when it is back.
 */
public final class OutboxRelay implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final DataSource dataSource;

	private final Producer<String, byte[]> producer;

	private final EventCodec codec;

	private final LockingTaskExecutor locks;

	private final Settings settings;

	private final Clock clock;

	private final BlockingQueue<Boolean> wakeUps = new ArrayBlockingQueue<>(1);

	private final AtomicLong relayed = new AtomicLong();

	private volatile boolean running;

	private volatile Thread thread;

	private volatile Instant lastCleanup = Instant.EPOCH;

	/**
	 * @param dataSource the service's data source (the relay commits its own small
	 * transactions)
	 * @param producer an idempotent producer ({@code acks=all},
	 * {@code enable.idempotence=true})
	 * @param codec the codec
	 * @param settings how often, how much, how long
	 * @param clock the clock
	 */
	public OutboxRelay(DataSource dataSource, Producer<String, byte[]> producer, EventCodec codec, Settings settings,
			Clock clock) {
		this.dataSource = dataSource;
		this.producer = producer;
		this.codec = codec;
		this.locks = new DefaultLockingTaskExecutor(new JdbcLockProvider(dataSource));
		this.settings = settings;
		this.clock = clock;
	}

	/** Starts the relay's thread. */
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		Thread relayThread = new Thread(this::run, "outbox-relay-" + this.settings.lockName());
		relayThread.setDaemon(true);
		this.thread = relayThread;
		relayThread.start();
	}

	/**
	 * Tells the relay that events are waiting: it sends them now instead of at its next
	 * poll.
	 */
	public void wakeUp() {
		this.wakeUps.offer(Boolean.TRUE);
	}

	/** How many events this relay has had acknowledged by the broker since it started. */
	public long relayedCount() {
		return this.relayed.get();
	}

	/** How many events wait in the outbox, on all nodes. */
	public long pendingCount() {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement count = connection
					.prepareStatement("SELECT COUNT(*) FROM event_outbox WHERE published_at IS NULL");
				ResultSet rows = count.executeQuery()) {
			rows.next();
			return rows.getLong(1);
		}
		catch (SQLException ex) {
			throw new EventStorageException("Could not count the outbox", ex);
		}
	}

	/**
	 * Sends what is pending now, under the relay lock, until nothing is left or the
	 * broker stops acknowledging.
	 * @return how many events were acknowledged, or -1 if another node holds the lock
	 */
	public int relayPending() {
		try {
			// Lock times are ShedLock's (the system clock), whatever clock the service
			// runs on: a service whose
			// clock is moved ahead in a test or a demo must not wait on a lock that it
			// thinks it still holds.
			TaskResult<Integer> result = this.locks.executeWithLock(this::relayUntilEmpty, new LockConfiguration(
					ClockProvider.now(), this.settings.lockName(), this.settings.lockAtMostFor(), Duration.ZERO));
			return result.wasExecuted() ? result.getResult() : -1;
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new EventStorageException("The relay failed", ex);
		}
	}

	@Override
	public void close() {
		this.running = false;
		wakeUp();
		Thread relayThread = this.thread;
		if (relayThread != null) {
			try {
				relayThread.join(this.settings.sendTimeout().toMillis() + 1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.producer.close(Duration.ofSeconds(5));
	}

	private void run() {
		while (this.running) {
			try {
				relayPending();
				cleanUpIfDue();
			}
			catch (RuntimeException ex) {
				log.warn("Outbox relay pass failed, will retry: {}", ex.getMessage());
			}
			try {
				this.wakeUps.poll(this.settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private int relayUntilEmpty() throws SQLException {
		Instant deadline = ClockProvider.now().plus(this.settings.lockAtMostFor().dividedBy(2));
		int total = 0;
		while (this.running || this.thread == null) {
			List<PendingEvent> batch = pendingBatch();
			int acknowledged = send(batch);
			markPublished(batch.subList(0, acknowledged));
			total += acknowledged;
			if (acknowledged < this.settings.batchSize() || ClockProvider.now().isAfter(deadline)) {
				break;
			}
		}
		return total;
	}

	private List<PendingEvent> pendingBatch() throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement select = connection.prepareStatement("""
						SELECT id, topic, cloud_event FROM event_outbox
						WHERE published_at IS NULL ORDER BY id FETCH FIRST ? ROWS ONLY""")) {
			select.setInt(1, this.settings.batchSize());
			List<PendingEvent> batch = new ArrayList<>();
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					batch.add(new PendingEvent(rows.getLong(1), rows.getString(2), rows.getString(3)));
				}
			}
			return batch;
		}
	}

	/**
	 * Sends a batch and returns the length of its prefix that the broker acknowledged.
	 */
	private int send(List<PendingEvent> batch) {
		List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
		try {
			for (PendingEvent pending : batch) {
				sends.add(this.producer.send(this.codec.toKafkaRecord(pending.topic(),
						this.codec.fromStructuredJson(pending.cloudEvent().getBytes(StandardCharsets.UTF_8)))));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Outbox relay could not hand event {} to the producer: {}", batch.get(sends.size()).id(),
					ex.getMessage());
		}
		int acknowledged = 0;
		for (Future<RecordMetadata> send : sends) {
			try {
				send.get(this.settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
				acknowledged++;
			}
			catch (ExecutionException | TimeoutException ex) {
				log.warn("Broker did not acknowledge outbox event {}; it and the events after it wait: {}",
						batch.get(acknowledged).id(), String.valueOf(ex.getMessage()));
				break;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return acknowledged;
	}

	private void markPublished(List<PendingEvent> published) throws SQLException {
		if (published.isEmpty()) {
			return;
		}
		try (Connection connection = this.dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try (PreparedStatement update = connection
				.prepareStatement("UPDATE event_outbox SET published_at = ? WHERE id = ?")) {
				Timestamp now = Timestamp.from(this.clock.instant());
				for (PendingEvent event : published) {
					update.setTimestamp(1, now);
					update.setLong(2, event.id());
					update.addBatch();
				}
				update.executeBatch();
				connection.commit();
			}
			catch (SQLException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
		this.relayed.addAndGet(published.size());
	}

	private void cleanUpIfDue() {
		Instant now = this.clock.instant();
		if (Duration.between(this.lastCleanup, now).compareTo(Duration.ofHours(1)) < 0) {
			return;
		}
		this.lastCleanup = now;
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement delete = connection
					.prepareStatement("DELETE FROM event_outbox WHERE published_at < ?")) {
			delete.setTimestamp(1, Timestamp.from(now.minus(this.settings.retention())));
			int deleted = delete.executeUpdate();
			if (deleted > 0) {
				log.info("Removed {} relayed events older than {} from the outbox", deleted, this.settings.retention());
			}
		}
		catch (SQLException ex) {
			log.warn("Could not clean up the outbox: {}", ex.getMessage());
		}
	}

	private record PendingEvent(long id, String topic, String cloudEvent) {
	}

	/**
	 * How the relay works.
	 *
	 * @param lockName the ShedLock lock, one per service
	 * @param pollInterval how often it looks for events when nobody wakes it up
	 * @param batchSize how many events it sends before it marks them
	 * @param sendTimeout how long it waits for the broker to acknowledge one event
	 * @param lockAtMostFor how long a crashed node's lock blocks the others
	 * @param retention how long relayed events stay in the table, for inspection
	 */
	public record Settings(String lockName, Duration pollInterval, int batchSize, Duration sendTimeout,
			Duration lockAtMostFor, Duration retention) {

		public Settings {
			if (batchSize < 1) {
				throw new IllegalArgumentException("batchSize must be at least 1");
			}
			if (lockAtMostFor.compareTo(sendTimeout.multipliedBy(2)) < 0) {
				throw new IllegalArgumentException("lockAtMostFor must be at least twice the send timeout");
			}
		}

		public static Settings defaults(String lockName) {
			return new Settings(lockName, Duration.ofMillis(500), 200, Duration.ofSeconds(10), Duration.ofMinutes(1),
					Duration.ofDays(7));
		}

	}

}
