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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import eu.sanctions.events.EventStorageException;
import eu.sanctions.events.cloudevents.EventCodec;

/**
 * Relays the outbox to Kafka: pending events in id order, in batches; of each batch it
 * marks published what the broker acknowledged, except, in each package, what comes after
 * an event that was not. At least once: a crash between the send and the mark sends again
 * (consumers deduplicate by event id); never out of order within a package, because
 * events of one package are numbered and stored in commit order and one relay at a time
 * sends them in that order.
 * <p>
 * One relay at a time: each batch is one database transaction, which takes the service's
 * row in {@code outbox_relay_lock} ({@code FOR UPDATE SKIP LOCKED}; a node that finds it
 * taken leaves the pass to the node that has it), reads the batch, sends it, marks what
 * the broker acknowledged and commits, which lets the row go. A pass is therefore one
 * commit, where a lock of its own (ShedLock's, before) took three: its lock, the marks
 * and its release. A node that dies lets the row go with its connection; on PostgreSQL a
 * node that stops answering with its transaction open loses it after
 * {@link Settings#lockAtMostFor()}, when the server ends a session idle in its
 * transaction for longer.
 * <p>
 * A send the broker has not acknowledged within the send timeout is not left in the
 * producer: the relay closes the producer at once, which aborts every send it still
 * buffers, and takes a new one for the next pass. Otherwise the producer would go on
 * trying the first copies until its {@code delivery.timeout.ms} while the relay sends the
 * batch again: the topic would show 5, 6, 7, 5, 6, 7, or, when the producer gives up on 5
 * but not on 6, 6 before 5. The send timeout must therefore be shorter than the
 * producer's {@code delivery.timeout.ms}, so that the relay, not the producer, gives up
 * first.
 * <p>
 * The relay runs on its own thread. It wakes up when told that a transaction wrote to the
 * outbox ({@link #wakeUp()}), and polls anyway, so that events written by another node or
 * before a crash are not left behind. While the broker is down, events wait in the table;
 * they leave in order when it is back.
 */
public final class OutboxRelay implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final DataSource dataSource;

	private final Supplier<Producer<String, byte[]>> producers;

	private Producer<String, byte[]> producer;

	private final EventCodec codec;

	private final String lockName;

	private final Settings settings;

	private final Clock clock;

	private final BlockingQueue<Boolean> wakeUps = new ArrayBlockingQueue<>(1);

	private final AtomicLong relayed = new AtomicLong();

	private final AtomicLong failedBatches = new AtomicLong();

	private volatile boolean running;

	private volatile Thread thread;

	private volatile Instant lastCleanup = Instant.EPOCH;

	/** Whether the database is PostgreSQL; {@code null} until the first pass asks. */
	private volatile Boolean postgres;

	/**
	 * @param dataSource the service's data source (the relay commits its own small
	 * transactions)
	 * @param producers makes a new idempotent producer ({@code acks=all},
	 * {@code enable.idempotence=true}, a {@code delivery.timeout.ms} longer than the
	 * settings' send timeout) each time it is asked, one the relay alone uses: it is
	 * closed when a batch fails (see {@link #producersFrom(Map)})
	 * @param codec the codec
	 * @param lockName the relay's lock, one per service: the relays of a service's nodes
	 * take turns under it (its row in {@code outbox_relay_lock}, made at the first pass)
	 * @param settings how often, how much, how long
	 * @param clock the clock of the times it writes
	 */
	public OutboxRelay(DataSource dataSource, Supplier<Producer<String, byte[]>> producers, EventCodec codec,
			String lockName, Settings settings, Clock clock) {
		this.dataSource = dataSource;
		this.producers = producers;
		this.codec = codec;
		this.lockName = lockName;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * New producers for a relay, one each time it is asked, made from the service's
	 * producer properties ({@code acks=all}, {@code enable.idempotence=true}, a
	 * {@code delivery.timeout.ms} longer than the send timeout) with serializers of their
	 * own and client ids of their own ({@code <client.id>-outbox-relay-<n>}).
	 */
	public static Supplier<Producer<String, byte[]>> producersFrom(Map<String, Object> properties) {
		Map<String, Object> shared = new HashMap<>(properties);
		AtomicInteger made = new AtomicInteger();
		return () -> {
			Map<String, Object> own = new HashMap<>(shared);
			String clientId = String.valueOf(shared.getOrDefault(ProducerConfig.CLIENT_ID_CONFIG, "sanctions"));
			own.put(ProducerConfig.CLIENT_ID_CONFIG, clientId + "-outbox-relay-" + made.incrementAndGet());
			return new KafkaProducer<>(own, new StringSerializer(), new ByteArraySerializer());
		};
	}

	/** Starts the relay's thread. */
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		Thread relayThread = new Thread(this::run, "outbox-relay-" + this.lockName);
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

	/**
	 * How many batches the broker did not acknowledge in full within the send timeout
	 * since the relay started.
	 */
	public long failedBatchCount() {
		return this.failedBatches.get();
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
	 * Sends what is pending now, a batch a transaction under the relay lock, until
	 * nothing is left, the broker stops acknowledging, or half of
	 * {@link Settings#lockAtMostFor()} has gone (the rest waits for the next pass, so
	 * that clean-up and shut-down are not held up by a long backlog).
	 * @return how many events were acknowledged, or -1 if another node holds the lock
	 */
	public int relayPending() {
		long deadline = System.nanoTime() + this.settings.lockAtMostFor().dividedBy(2).toNanos();
		int total = 0;
		boolean held = false;
		try {
			while (this.running || this.thread == null) {
				Batch batch = relayBatch();
				if (batch == null) {
					return held ? total : -1;
				}
				held = true;
				total += batch.published();
				if (batch.failed() || batch.read() < this.settings.batchSize() || System.nanoTime() - deadline > 0) {
					break;
				}
			}
			return total;
		}
		catch (SQLException ex) {
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
		synchronized (this) {
			if (this.producer != null) {
				this.producer.close(Duration.ofSeconds(5));
				this.producer = null;
			}
		}
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

	/**
	 * One batch in one transaction: takes the lock, reads what is pending, sends it,
	 * marks what the broker acknowledged, commits.
	 * @return what it did, or {@code null} if another node holds the lock
	 */
	private Batch relayBatch() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				if (!lock(connection)) {
					connection.rollback();
					return null;
				}
				List<PendingEvent> batch = pendingBatch(connection);
				Sent sent = send(batch);
				List<PendingEvent> published = sent.publishedInOrder(batch);
				markPublished(connection, published);
				connection.commit();
				this.relayed.addAndGet(published.size());
				return new Batch(batch.size(), published.size(), sent.failed());
			}
			catch (SQLException | RuntimeException ex) {
				rollBack(connection, ex);
				throw ex;
			}
			finally {
				restoreAutoCommit(connection, autoCommit);
			}
		}
	}

	/**
	 * Takes the relay's lock for the connection's transaction, making its row at the
	 * service's first pass.
	 * @return {@code false} if another node holds it
	 */
	private boolean lock(Connection connection) throws SQLException {
		if (takeLock(connection)) {
			return true;
		}
		try (PreparedStatement exists = connection
			.prepareStatement("SELECT COUNT(*) FROM outbox_relay_lock WHERE name = ?")) {
			exists.setString(1, this.lockName);
			try (ResultSet rows = exists.executeQuery()) {
				rows.next();
				if (rows.getLong(1) > 0) {
					return false;
				}
			}
		}
		try (PreparedStatement insert = connection
			.prepareStatement("INSERT INTO outbox_relay_lock (name) VALUES (?)")) {
			insert.setString(1, this.lockName);
			insert.executeUpdate();
			connection.commit();
		}
		catch (SQLException ex) {
			// Another node made the row at the same moment, and may be relaying.
			connection.rollback();
			return false;
		}
		return takeLock(connection);
	}

	private boolean takeLock(Connection connection) throws SQLException {
		// On PostgreSQL the same statement has the server end this session if it stays
		// idle in this transaction for longer than lockAtMostFor: a node that stops
		// answering with the lock held loses it then. The setting ends with the
		// transaction.
		boolean onPostgres = isPostgres(connection);
		try (PreparedStatement take = connection.prepareStatement(onPostgres ? """
				SELECT name, set_config('idle_in_transaction_session_timeout', ?, true) FROM outbox_relay_lock
				WHERE name = ? FOR UPDATE SKIP LOCKED""" : """
				SELECT name FROM outbox_relay_lock WHERE name = ? FOR UPDATE SKIP LOCKED""")) {
			int parameter = 1;
			if (onPostgres) {
				take.setString(parameter++, String.valueOf(this.settings.lockAtMostFor().toMillis()));
			}
			take.setString(parameter, this.lockName);
			try (ResultSet rows = take.executeQuery()) {
				return rows.next();
			}
		}
	}

	private boolean isPostgres(Connection connection) throws SQLException {
		Boolean known = this.postgres;
		if (known == null) {
			known = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
			this.postgres = known;
		}
		return known;
	}

	private static void rollBack(Connection connection, Throwable failure) {
		try {
			connection.rollback();
		}
		catch (SQLException ex) {
			failure.addSuppressed(ex);
		}
	}

	private static void restoreAutoCommit(Connection connection, boolean autoCommit) {
		try {
			if (!connection.isClosed()) {
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException ex) {
			// A connection the server has ended: the pool throws it away.
			log.debug("Could not restore auto-commit on the relay's connection: {}", ex.getMessage());
		}
	}

	private List<PendingEvent> pendingBatch(Connection connection) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("""
				SELECT id, topic, record_key, cloud_event FROM event_outbox
				WHERE published_at IS NULL ORDER BY id FETCH FIRST ? ROWS ONLY""")) {
			select.setInt(1, this.settings.batchSize());
			List<PendingEvent> batch = new ArrayList<>();
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					batch.add(
							new PendingEvent(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4)));
				}
			}
			return batch;
		}
	}

	/**
	 * Sends a batch and waits, up to the send timeout, until the broker has acknowledged
	 * all of it. At the first send that fails or is not acknowledged in time, it stops
	 * waiting and settles the batch: every send is then acknowledged or failed for good,
	 * none is left buffered to be delivered after its copy of the next pass.
	 */
	private Sent send(List<PendingEvent> batch) {
		if (batch.isEmpty()) {
			return new Sent(List.of(), false);
		}
		Producer<String, byte[]> sender = producer();
		List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
		boolean failed = false;
		try {
			for (PendingEvent pending : batch) {
				sends.add(sender.send(this.codec.toKafkaRecord(pending.topic(),
						this.codec.fromStructuredJson(pending.cloudEvent().getBytes(StandardCharsets.UTF_8)))));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Outbox relay could not hand event {} to the producer: {}", batch.get(sends.size()).id(),
					ex.getMessage());
			failed = true;
		}
		long waitUntil = System.nanoTime() + this.settings.sendTimeout().toNanos();
		for (int i = 0; i < sends.size() && !failed; i++) {
			try {
				sends.get(i).get(Math.max(0, waitUntil - System.nanoTime()), TimeUnit.NANOSECONDS);
			}
			catch (ExecutionException | TimeoutException ex) {
				log.warn(
						"Broker did not acknowledge outbox event {} in time; it and the events of its package after it "
								+ "wait: {}",
						batch.get(i).id(), String.valueOf(ex.getMessage()));
				failed = true;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				failed = true;
			}
		}
		if (failed) {
			this.failedBatches.incrementAndGet();
			abort(sender);
		}
		return new Sent(sends, failed);
	}

	/**
	 * Leaves no send of a failed batch pending: closes the producer, which fails every
	 * send it still buffers; the next pass takes a new one.
	 */
	private void abort(Producer<String, byte[]> sender) {
		synchronized (this) {
			this.producer = null;
		}
		sender.close(Duration.ZERO);
	}

	private synchronized Producer<String, byte[]> producer() {
		if (this.producer == null) {
			this.producer = this.producers.get();
		}
		return this.producer;
	}

	/**
	 * Marks the batch's acknowledged events in one statement ({@code id = ANY (?)}, an
	 * array parameter, which H2 and PostgreSQL both take): a JDBC batch of one update per
	 * event reaches the server as that many statements.
	 */
	private void markPublished(Connection connection, List<PendingEvent> published) throws SQLException {
		if (published.isEmpty()) {
			return;
		}
		try (PreparedStatement update = connection
			.prepareStatement("UPDATE event_outbox SET published_at = ? WHERE id = ANY (?)")) {
			update.setTimestamp(1, Timestamp.from(this.clock.instant()));
			update.setArray(2,
					connection.createArrayOf("BIGINT", published.stream().map(PendingEvent::id).toArray(Long[]::new)));
			update.executeUpdate();
		}
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

	private record PendingEvent(long id, String topic, String key, String cloudEvent) {
	}

	/**
	 * What one batch's transaction did.
	 *
	 * @param read how many pending events it read
	 * @param published how many of them it marked published
	 * @param failed whether the broker left any of them unacknowledged
	 */
	private record Batch(int read, int published, boolean failed) {
	}

	/**
	 * The sends of a batch, in its order, each acknowledged or not.
	 *
	 * @param sends the sends handed to the producer, the first ones of the batch
	 * @param failed whether any event of the batch was not acknowledged in time
	 */
	private record Sent(List<Future<RecordMetadata>> sends, boolean failed) {

		/**
		 * The events to mark published: those acknowledged, except in each package those
		 * after one that was not, which must leave again after it.
		 */
		List<PendingEvent> publishedInOrder(List<PendingEvent> batch) {
			Set<String> held = new HashSet<>();
			List<PendingEvent> published = new ArrayList<>();
			for (int i = 0; i < batch.size(); i++) {
				PendingEvent event = batch.get(i);
				if (held.contains(event.key())) {
					continue;
				}
				if (i < this.sends.size() && acknowledged(this.sends.get(i))) {
					published.add(event);
				}
				else {
					held.add(event.key());
				}
			}
			return published;
		}

		private static boolean acknowledged(Future<RecordMetadata> send) {
			if (!send.isDone() || send.isCancelled()) {
				return false;
			}
			try {
				send.get();
				return true;
			}
			catch (ExecutionException ex) {
				return false;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}

	}

	/**
	 * How the relay works ({@code sanctions.outbox.*}). A component left {@code null}
	 * takes its default, so that a service binds this from whichever of the properties
	 * are set: 500 ms, 200 events, 10 s, 1 min, 7 days.
	 *
	 * @param pollInterval how often it looks for events when nobody wakes it up
	 * @param batchSize how many events it sends before it marks them
	 * @param sendTimeout how long it waits for the broker to acknowledge a batch; shorter
	 * than the producer's {@code delivery.timeout.ms}, so that it gives up on a send (and
	 * aborts it) before the producer does
	 * @param lockAtMostFor how long a node that stops answering with the relay's lock
	 * held blocks the others (on PostgreSQL, which then ends its session; on H2 the
	 * database lives in the node); also bounds a pass to half of it; at least twice the
	 * send timeout
	 * @param retention how long relayed events stay in the table, for inspection
	 */
	public record Settings(Duration pollInterval, Integer batchSize, Duration sendTimeout, Duration lockAtMostFor,
			Duration retention) {

		public Settings {
			pollInterval = (pollInterval != null) ? pollInterval : Duration.ofMillis(500);
			batchSize = (batchSize != null) ? batchSize : 200;
			sendTimeout = (sendTimeout != null) ? sendTimeout : Duration.ofSeconds(10);
			lockAtMostFor = (lockAtMostFor != null) ? lockAtMostFor : Duration.ofMinutes(1);
			retention = (retention != null) ? retention : Duration.ofDays(7);
			if (batchSize < 1) {
				throw new IllegalArgumentException("batchSize must be at least 1");
			}
			if (lockAtMostFor.compareTo(sendTimeout.multipliedBy(2)) < 0) {
				throw new IllegalArgumentException("lockAtMostFor must be at least twice the send timeout");
			}
		}

		public static Settings defaults() {
			return new Settings(null, null, null, null, null);
		}

	}

}
