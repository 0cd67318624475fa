package eu.sanctions.events.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import eu.sanctions.events.EventStorageException;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.testing.PostgresTestDatabase;
import eu.sanctions.events.testing.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outbox and inbox on PostgreSQL, the database of real deployments. */
class OutboxOnPostgresTest extends OutboxContractTests {

	private final List<PostgresTestDatabase> databases = new ArrayList<>();

	@Override
	DataSource newDatabase() {
		PostgresTestDatabase database = PostgresTestDatabase.create();
		this.databases.add(database);
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL(database.url());
		dataSource.setUser(database.username());
		dataSource.setPassword(database.password());
		return dataSource;
	}

	@AfterEach
	void dropDatabases() {
		this.databases.forEach(PostgresTestDatabase::close);
	}

	/**
	 * A node whose relay stops in the middle of a batch, its transaction open (here:
	 * stuck handing the first event to its producer), holds the lock no longer than
	 * {@code lockAtMostFor}: the server ends its session, another node relays, and the
	 * stuck node's marks, if it ever comes back, are not committed.
	 */
	@Test
	void aNodeThatStopsAnsweringLosesTheLockAfterLockAtMostFor() throws Exception {
		this.transactions
			.executeWithoutResult((status) -> this.outbox.append(this.topic, position("EU-BLR", MemberState.LT)));
		OutboxRelay.Settings settings = new OutboxRelay.Settings(Duration.ofMillis(100), 20, Duration.ofSeconds(1),
				Duration.ofSeconds(2), Duration.ofDays(1));
		StuckProducer stuck = new StuckProducer();
		try (OutboxRelay frozen = new OutboxRelay(this.dataSource, () -> stuck, this.codec, "relay", settings,
				Clock.systemUTC());
				OutboxRelay other = new OutboxRelay(this.dataSource, () -> producer(broker.bootstrapServers()),
						this.codec, "relay", settings, Clock.systemUTC());
				TopicReader reader = reader()) {
			CompletableFuture<Integer> frozenPass = CompletableFuture.supplyAsync(frozen::relayPending);
			assertThat(stuck.entered.await(30, TimeUnit.SECONDS)).isTrue();
			assertThat(other.relayPending()).as("the frozen node holds the lock").isEqualTo(-1);

			long start = System.nanoTime();
			Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> other.relayPending() == 1);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).as("after lockAtMostFor, not before")
				.isGreaterThanOrEqualTo(Duration.ofMillis(1500));
			assertThat(reader.awaitEvents("EU-BLR", 1)).extracting(ReceivedEvent::sequence).containsExactly(1L);

			stuck.release.countDown();
			assertThatThrownBy(() -> frozenPass.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
				.hasCauseInstanceOf(EventStorageException.class);
			assertThat(other.pendingCount()).isZero();
			assertThat(other.relayPending()).as("nothing left, nothing sent twice by the relay that has the lock")
				.isZero();
		}
	}

	/**
	 * A producer that hangs in its first send until released, and acknowledges nothing.
	 */
	private static final class StuckProducer extends MockProducer<String, byte[]> {

		final CountDownLatch entered = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		StuckProducer() {
			super(false, null, new StringSerializer(), new ByteArraySerializer());
		}

		@Override
		public synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
			this.entered.countDown();
			try {
				this.release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return super.send(record, callback);
		}

	}

}
