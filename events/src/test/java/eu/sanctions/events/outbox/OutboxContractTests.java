package eu.sanctions.events.outbox;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sanctions.events.EventTables;
import eu.sanctions.events.EventType;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;
import eu.sanctions.events.SubmissionChannel;
import eu.sanctions.events.cloudevents.EventCodec;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.inbox.Inbox;
import eu.sanctions.events.renewal.PositionRecorded;
import eu.sanctions.events.testing.KafkaTestBroker;
import eu.sanctions.events.testing.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the outbox and the inbox promise, against a real broker and a real database: the
 * database is H2 or PostgreSQL, chosen by the subclass.
 */
abstract class OutboxContractTests {

	private static final URI SOURCE = URI.create("urn:eu-sanctions:test");

	static KafkaTestBroker broker;

	final EventCodec codec = new EventCodec();

	DataSource dataSource;

	TransactionTemplate transactions;

	Outbox outbox;

	String topic;

	private final List<KafkaProducer<String, byte[]>> producers = new java.util.ArrayList<>();

	/** A fresh, empty database for each test. */
	abstract DataSource newDatabase();

	@BeforeAll
	static void startBroker() {
		broker = KafkaTestBroker.start();
	}

	@AfterAll
	static void stopBroker() {
		broker.close();
	}

	@BeforeEach
	void setUp() {
		this.dataSource = newDatabase();
		EventTables.migrate(this.dataSource);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(this.dataSource));
		this.outbox = new Outbox(new TransactionAwareDataSourceProxy(this.dataSource), this.codec, SOURCE,
				Clock.systemUTC());
		this.topic = "outbox-test-" + UUID.randomUUID();
	}

	@AfterEach
	void closeProducers() {
		this.producers.forEach((producer) -> producer.close(Duration.ZERO));
	}

	@Test
	void relaysCommittedEventsInOrderNumberedPerPackage() {
		this.transactions.executeWithoutResult((status) -> {
			this.outbox.append(this.topic, position("EU-BLR", MemberState.LT));
			this.outbox.append(this.topic, position("EU-RUS", MemberState.PL));
			this.outbox.append(this.topic, position("EU-BLR", MemberState.LV));
		});
		this.transactions
			.executeWithoutResult((status) -> this.outbox.append(this.topic, position("EU-BLR", MemberState.EE)));

		try (OutboxRelay relay = relay(broker.bootstrapServers(), "relay"); TopicReader reader = reader()) {
			assertThat(relay.relayPending()).isEqualTo(4);
			List<ReceivedEvent> belarus = reader.awaitEvents("EU-BLR", 3);
			assertThat(belarus).extracting(ReceivedEvent::sequence).containsExactly(1L, 2L, 3L);
			assertThat(belarus).extracting((event) -> event.data(PositionRecorded.class).state())
				.containsExactly(MemberState.LT, MemberState.LV, MemberState.EE);
			assertThat(belarus).allSatisfy((event) -> {
				assertThat(event.source()).isEqualTo(SOURCE);
				assertThat(event.type()).isEqualTo(EventType.POSITION_RECORDED);
				assertThat(event.subject()).isEqualTo("EU-BLR:2027-02-28");
			});
			assertThat(reader.awaitEvents("EU-RUS", 1)).extracting(ReceivedEvent::sequence).containsExactly(1L);
			assertThat(relay.pendingCount()).isZero();
			assertThat(relay.relayPending()).as("nothing is sent twice").isZero();
		}
	}

	@Test
	void publishesNothingOfARolledBackTransaction() {
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			this.outbox.append(this.topic, position("EU-BLR", MemberState.LT));
			throw new IllegalStateException("the step failed");
		})).hasMessage("the step failed");
		this.transactions
			.executeWithoutResult((status) -> this.outbox.append(this.topic, position("EU-BLR", MemberState.LV)));

		try (OutboxRelay relay = relay(broker.bootstrapServers(), "relay"); TopicReader reader = reader()) {
			assertThat(relay.relayPending()).isEqualTo(1);
			List<ReceivedEvent> events = reader.awaitEvents("EU-BLR", 1);
			assertThat(events).singleElement().satisfies((event) -> {
				assertThat(event.data(PositionRecorded.class).state()).isEqualTo(MemberState.LV);
				assertThat(event.sequence()).as("the rolled-back event did not use up a number").isEqualTo(1L);
			});
		}
	}

	@Test
	void keepsEventsWhileTheBrokerIsUnreachableAndSendsThemInOrderLater() {
		this.transactions.executeWithoutResult((status) -> {
			for (MemberState state : List.of(MemberState.LT, MemberState.LV, MemberState.EE)) {
				this.outbox.append(this.topic, position("EU-BLR", state));
			}
		});

		try (OutboxRelay unreachable = relay("127.0.0.1:" + freePort(), "relay")) {
			assertThat(unreachable.relayPending()).isZero();
			assertThat(unreachable.pendingCount()).isEqualTo(3);
		}
		this.transactions
			.executeWithoutResult((status) -> this.outbox.append(this.topic, position("EU-BLR", MemberState.PL)));

		try (OutboxRelay relay = relay(broker.bootstrapServers(), "relay"); TopicReader reader = reader()) {
			assertThat(relay.relayPending()).isEqualTo(4);
			assertThat(reader.awaitEvents("EU-BLR", 4))
				.extracting((event) -> event.data(PositionRecorded.class).state())
				.containsExactly(MemberState.LT, MemberState.LV, MemberState.EE, MemberState.PL);
		}
	}

	@Test
	void sendsWhatWaitedThroughABrokerOutageInOrderWhenTheBrokerIsBack() {
		try (OutboxRelay relay = relay(broker.bootstrapServers(), "relay")) {
			try (KafkaTestBroker.Outage outage = broker.outage()) {
				this.transactions.executeWithoutResult((status) -> {
					for (MemberState state : List.of(MemberState.LT, MemberState.LV, MemberState.EE)) {
						this.outbox.append(this.topic, position("EU-BLR", state));
					}
				});
				assertThat(relay.relayPending()).as("nothing is acknowledged while the broker is away").isZero();
				assertThat(relay.pendingCount()).isEqualTo(3);
			}
			assertThat(relay.relayPending()).isEqualTo(3);
		}
		try (TopicReader reader = reader()) {
			assertThat(reader.awaitEvents("EU-BLR", 3))
				.extracting((event) -> event.data(PositionRecorded.class).state())
				.containsExactly(MemberState.LT, MemberState.LV, MemberState.EE);
		}
	}

	/**
	 * Two passes fail while the broker is away; then everything leaves, each event once,
	 * in order. (The broker that comes back is a new one, with empty topics.) The relay
	 * has producers as a service gives it: each failed pass closes one, and the next
	 * takes a new one.
	 */
	@Test
	void sendsEachEventOnceAndInOrderWhenItGaveUpOnSendsDuringAnOutage() {
		// The relay gives up on a send long before the producer would.
		try (OutboxRelay relay = new OutboxRelay(this.dataSource,
				OutboxRelay.producersFrom(producerProperties(broker.bootstrapServers(), 20_000)), this.codec, "relay",
				settings(Duration.ofSeconds(4)), Clock.systemUTC())) {
			// The producer knows the broker and the topic: what it is handed now, it
			// buffers.
			this.transactions
				.executeWithoutResult((status) -> this.outbox.append(this.topic, position("EU-EST", MemberState.EE)));
			relayEverything(relay);
			long failedBefore = relay.failedBatchCount();
			this.transactions.executeWithoutResult((status) -> {
				for (MemberState state : List.of(MemberState.LT, MemberState.LV, MemberState.EE)) {
					this.outbox.append(this.topic, position("EU-BLR", state));
				}
				this.outbox.append(this.topic, position("EU-RUS", MemberState.PL));
			});
			try (KafkaTestBroker.Outage outage = broker.outage()) {
				assertThat(relay.relayPending()).isZero();
				assertThat(relay.relayPending()).isZero();
				assertThat(relay.failedBatchCount()).isEqualTo(failedBefore + 2);
				assertThat(relay.pendingCount()).isEqualTo(4);
			}

			relayEverything(relay);
			try (TopicReader reader = reader()) {
				assertThat(reader.awaitEvents("EU-RUS", 1)).extracting(ReceivedEvent::sequence).containsExactly(1L);
				assertThat(reader.awaitEvents("EU-BLR", 3)).extracting(ReceivedEvent::sequence)
					.as("each event once, in order")
					.containsExactly(1L, 2L, 3L);
			}
		}
	}

	/** Relays until nothing is left, however slowly the broker takes a new topic. */
	private static void relayEverything(OutboxRelay relay) {
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
			relay.relayPending();
			return relay.pendingCount() == 0;
		});
	}

	@Test
	void letsOneNodeRelayAtATime() throws Exception {
		this.transactions.executeWithoutResult((status) -> {
			for (int i = 0; i < 50; i++) {
				this.outbox.append(this.topic, position("EU-BLR", MemberState.values()[i % 27]));
			}
		});

		try (OutboxRelay first = relay(broker.bootstrapServers(), "relay");
				OutboxRelay second = relay(broker.bootstrapServers(), "relay");
				TopicReader reader = reader()) {
			CompletableFuture<Integer> one = CompletableFuture.supplyAsync(first::relayPending);
			CompletableFuture<Integer> other = CompletableFuture.supplyAsync(second::relayPending);
			int relayedByBoth = Math.max(one.get(), 0) + Math.max(other.get(), 0);
			// The loser either found the lock taken (-1) or came after the winner and
			// found nothing left (0).
			assertThat(relayedByBoth).isEqualTo(50);
			assertThat(reader.awaitEvents("EU-BLR", 50)).extracting(ReceivedEvent::sequence)
				.containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 50).boxed().toList());
		}
	}

	@Test
	void leavesThePassToTheNodeThatHoldsTheLock() throws Exception {
		try (OutboxRelay relay = relay(broker.bootstrapServers(), "relay"); TopicReader reader = reader()) {
			assertThat(relay.relayPending()).as("the first pass makes the lock's row and finds nothing").isZero();
			this.transactions
				.executeWithoutResult((status) -> this.outbox.append(this.topic, position("EU-BLR", MemberState.LT)));
			try (Connection otherNode = this.dataSource.getConnection()) {
				otherNode.setAutoCommit(false);
				try (PreparedStatement take = otherNode
					.prepareStatement("SELECT name FROM outbox_relay_lock WHERE name = ? FOR UPDATE")) {
					take.setString(1, "relay");
					try (ResultSet rows = take.executeQuery()) {
						assertThat(rows.next()).isTrue();
					}
				}
				assertThat(relay.relayPending()).as("another node holds the lock").isEqualTo(-1);
				assertThat(relay.pendingCount()).isOne();
				otherNode.commit();
			}
			assertThat(relay.relayPending()).isOne();
			assertThat(reader.awaitEvents("EU-BLR", 1)).extracting(ReceivedEvent::sequence).containsExactly(1L);
		}
	}

	@Test
	void appendsAnEventInTwoStatementsOnceItsPackageHasANumber() {
		DatabaseTrips trips = new DatabaseTrips(this.dataSource);
		Outbox counted = new Outbox(new TransactionAwareDataSourceProxy(trips.dataSource()), this.codec, SOURCE,
				Clock.systemUTC());
		TransactionTemplate countedTransactions = new TransactionTemplate(
				new DataSourceTransactionManager(trips.dataSource()));
		countedTransactions
			.executeWithoutResult((status) -> counted.append(this.topic, position("EU-BLR", MemberState.LT)));
		trips.reset();

		countedTransactions.executeWithoutResult((status) -> {
			assertThat(EventCodec.sequenceOf(counted.append(this.topic, position("EU-BLR", MemberState.HU))))
				.isEqualTo(2L);
			assertThat(trips.statements()).as("the package's number bumped and read back, the event inserted")
				.isEqualTo(2);
		});
	}

	@Test
	void relaysABatchInOneTransactionOfThreeStatements() {
		DatabaseTrips trips = new DatabaseTrips(this.dataSource);
		try (OutboxRelay relay = new OutboxRelay(trips.dataSource(), () -> producer(broker.bootstrapServers()),
				this.codec, "relay", settings(Duration.ofSeconds(3)), Clock.systemUTC());
				TopicReader reader = reader()) {
			assertThat(relay.relayPending()).as("the first pass makes the lock's row and finds nothing").isZero();
			this.transactions.executeWithoutResult((status) -> {
				for (MemberState state : List.of(MemberState.LT, MemberState.HU, MemberState.SK)) {
					this.outbox.append(this.topic, position("EU-BLR", state));
				}
			});
			trips.reset();

			assertThat(relay.relayPending()).isEqualTo(3);

			assertThat(trips.commits()).as("the lock, the batch and its marks commit together").isOne();
			assertThat(trips.autoCommitted()).as("no statement outside the pass's transaction").isZero();
			assertThat(trips.statements()).as("the lock taken, the batch read, its marks written").isEqualTo(3);
			assertThat(relay.pendingCount()).isZero();
			assertThat(reader.awaitEvents("EU-BLR", 3)).extracting(ReceivedEvent::sequence).containsExactly(1L, 2L, 3L);
		}
	}

	@Test
	void relaysAsSoonAsItIsWokenUp() {
		try (OutboxRelay relay = new OutboxRelay(this.dataSource, () -> producer(broker.bootstrapServers()), this.codec,
				"relay", new OutboxRelay.Settings(Duration.ofMinutes(5), 100, Duration.ofSeconds(4),
						Duration.ofMinutes(1), Duration.ofDays(1)),
				Clock.systemUTC()); TopicReader reader = reader()) {
			relay.start();
			// The poll interval is five minutes, so only the wake-up can make the event
			// arrive in time.
			this.transactions
				.executeWithoutResult((status) -> this.outbox.append(this.topic, position("EU-BLR", MemberState.LT)));
			relay.wakeUp();
			assertThat(reader.awaitEvents("EU-BLR", 1)).hasSize(1);
		}
	}

	@Test
	void inboxRecognisesARedeliveryAcrossRestarts() {
		Inbox inbox = new Inbox(new TransactionAwareDataSourceProxy(this.dataSource), Clock.systemUTC());
		assertThat(delivered(inbox, "registry", "event-1")).isTrue();
		assertThat(delivered(inbox, "registry", "event-1")).isFalse();
		assertThat(delivered(inbox, "notification", "event-1")).as("each consumer has its own inbox").isTrue();

		Inbox afterRestart = new Inbox(new TransactionAwareDataSourceProxy(this.dataSource), Clock.systemUTC());
		assertThat(delivered(afterRestart, "registry", "event-1")).isFalse();
	}

	@Test
	void inboxTellsAFirstDeliveryFromARedeliveryInOneStatementEach() {
		DatabaseTrips trips = new DatabaseTrips(this.dataSource);
		Inbox inbox = new Inbox(trips.dataSource(), Clock.systemUTC());

		assertThat(inbox.firstDelivery("registry", "event-1")).isTrue();
		assertThat(trips.statements()).as("the row written only if it is not there").isOne();
		assertThat(inbox.firstDelivery("registry", "event-1")).isFalse();
		assertThat(trips.statements()).as("a redelivery, recognised by the same statement").isEqualTo(2);
	}

	@Test
	void inboxForgetsARecordWhoseTransactionRolledBack() {
		Inbox inbox = new Inbox(new TransactionAwareDataSourceProxy(this.dataSource), Clock.systemUTC());
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			inbox.firstDelivery("registry", "event-2");
			throw new IllegalStateException("applying the event failed");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(delivered(inbox, "registry", "event-2")).as("the redelivery of an event that failed is applied")
			.isTrue();
		assertThat(new JdbcTemplate(this.dataSource).queryForObject("SELECT COUNT(*) FROM event_inbox", Long.class))
			.isEqualTo(1L);
	}

	@Test
	void inboxForgetsTheEventsAppliedBeforeATime() {
		Instant then = Instant.parse("2027-01-01T00:00:00Z");
		Inbox before = new Inbox(new TransactionAwareDataSourceProxy(this.dataSource),
				Clock.fixed(then, ZoneOffset.UTC));
		Inbox after = new Inbox(new TransactionAwareDataSourceProxy(this.dataSource),
				Clock.fixed(then.plus(Duration.ofDays(40)), ZoneOffset.UTC));
		assertThat(delivered(before, "registry", "old-event")).isTrue();
		assertThat(delivered(after, "registry", "recent-event")).isTrue();

		assertThat(after.forgetBefore(then.plus(Duration.ofDays(10)))).isOne();

		assertThat(delivered(after, "registry", "recent-event")).as("still remembered").isFalse();
		assertThat(delivered(after, "registry", "old-event")).as("forgotten, so applied again").isTrue();
	}

	private boolean delivered(Inbox inbox, String consumer, String eventId) {
		return Boolean.TRUE.equals(this.transactions.execute((status) -> inbox.firstDelivery(consumer, eventId)));
	}

	private OutboxRelay relay(String bootstrapServers, String lockName) {
		return new OutboxRelay(this.dataSource, () -> producer(bootstrapServers), this.codec, lockName,
				settings(Duration.ofSeconds(3)), Clock.systemUTC());
	}

	private static OutboxRelay.Settings settings(Duration sendTimeout) {
		return new OutboxRelay.Settings(Duration.ofMillis(100), 20, sendTimeout, Duration.ofSeconds(30),
				Duration.ofDays(1));
	}

	KafkaProducer<String, byte[]> producer(String bootstrapServers) {
		return producer(bootstrapServers, 5000);
	}

	private KafkaProducer<String, byte[]> producer(String bootstrapServers, int deliveryTimeoutMs) {
		KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				producerProperties(bootstrapServers, deliveryTimeoutMs), new StringSerializer(),
				new ByteArraySerializer());
		synchronized (this.producers) {
			this.producers.add(producer);
		}
		return producer;
	}

	private static Map<String, Object> producerProperties(String bootstrapServers, int deliveryTimeoutMs) {
		return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.CLIENT_ID_CONFIG,
				"outbox-test", ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
				ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeoutMs,
				ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000, ProducerConfig.LINGER_MS_CONFIG, 0);
	}

	TopicReader reader() {
		return TopicReader.of(broker.bootstrapServers(), this.topic);
	}

	static PositionRecorded position(String packageKey, MemberState state) {
		return new PositionRecorded(packageKey + ":2027-02-28", packageKey, 1, state, Position.SUPPORT, null, null,
				null, SubmissionChannel.KAFKA, "desk-" + state.euCode(), java.time.Instant.now());
	}

	private static int freePort() {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
