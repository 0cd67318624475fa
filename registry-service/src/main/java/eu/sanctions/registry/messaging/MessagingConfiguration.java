package eu.sanctions.registry.messaging;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.CannotCreateTransactionException;

import eu.sanctions.events.EventTables;
import eu.sanctions.events.TopicPlan;
import eu.sanctions.events.Topics;
import eu.sanctions.events.cloudevents.EventCodec;
import eu.sanctions.events.cloudevents.EventRejectedException;
import eu.sanctions.events.inbox.ConsumerRetries;
import eu.sanctions.events.inbox.FailedRecords;
import eu.sanctions.events.inbox.Inbox;
import eu.sanctions.events.inbox.PassingFailures;
import eu.sanctions.events.outbox.Outbox;
import eu.sanctions.events.outbox.OutboxRelay;

@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

	static final URI SOURCE = URI.create("urn:eu-sanctions:registry-service");

	/**
	 * The failures that may pass if a record is tried again later: the database's own, as
	 * JDBC and as Spring's data access tell them.
	 */
	static final PassingFailures PASSING_FAILURES = PassingFailures.databaseAnd(TransientDataAccessException.class,
			DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
			CannotGetJdbcConnectionException.class, RecoverableDataAccessException.class);

	/**
	 * What this service writes and reads, by default name; it creates them all if they
	 * are missing.
	 */
	private static final List<String> TOPICS = List.of(Topics.REGISTRY_PACKAGES, Topics.REGISTRY_EVENTS,
			Topics.RENEWAL_EVENTS, Topics.deadLetterTopicOf(Topics.RENEWAL_EVENTS));

	@Bean
	EventCodec eventCodec() {
		return new EventCodec();
	}

	@Bean(initMethod = "migrate")
	EventTables eventTables(DataSource dataSource) {
		return new EventTables(dataSource);
	}

	@Bean
	@DependsOn("eventTables")
	Outbox outbox(DataSource dataSource, EventCodec codec, Clock clock) {
		return new Outbox(new TransactionAwareDataSourceProxy(dataSource), codec, SOURCE, clock);
	}

	/**
	 * The relay, unless {@code sanctions.outbox.relay-enabled=false} (tests without a
	 * broker): then events wait in the outbox, as they would while the broker is down. It
	 * works as {@code sanctions.outbox.*} says ({@link #relaySettings}). Idempotent, not
	 * transactional: the relay sends outside Kafka transactions, and a transactional
	 * producer needs a transaction coordinator, which a one-node broker with default
	 * settings does not have. It has producers of its own, made from the service's
	 * producer settings, because it closes one that failed a batch (aborting the sends it
	 * still buffers, which could otherwise arrive after their resent copies, out of
	 * order) and takes another. Its lock is a ShedLock lock, which ShedLock checks
	 * against the system clock: the relay keeps time by that clock, not by the business
	 * clock tests move.
	 */
	@Bean(initMethod = "start", destroyMethod = "close")
	@DependsOn("eventTables")
	@ConditionalOnProperty(name = "sanctions.outbox.relay-enabled", havingValue = "true", matchIfMissing = true)
	OutboxRelay outboxRelay(DataSource dataSource, ProducerFactory<String, byte[]> producers, EventCodec codec,
			Environment environment) {
		return new OutboxRelay(dataSource, OutboxRelay.producersFrom(producers.getConfigurationProperties()), codec,
				"registry-outbox-relay", relaySettings(environment), Clock.systemUTC());
	}

	/** How the relay works ({@code sanctions.outbox.*}); what is not set, the default. */
	static OutboxRelay.Settings relaySettings(Environment environment) {
		return Binder.get(environment).bindOrCreate("sanctions.outbox", OutboxRelay.Settings.class);
	}

	@Bean
	@DependsOn("eventTables")
	Inbox inbox(DataSource dataSource, Clock clock) {
		return new Inbox(new TransactionAwareDataSourceProxy(dataSource), clock);
	}

	@Bean
	KafkaAdmin.NewTopics topics(KafkaSettings settings) {
		return new KafkaAdmin.NewTopics(TopicPlan.of(settings.toPlan(), TOPICS)
			.stream()
			.map((topic) -> TopicBuilder.name(topic.name())
				.partitions(topic.partitions())
				.replicas(topic.replicationFactor())
				.configs(topic.configs())
				.build())
			.toArray(NewTopic[]::new));
	}

	/**
	 * What becomes of a record the consumer could not process, as in the three services
	 * ({@link ConsumerRetries}): a record that is not an event of the contract, or an
	 * event the registry refused ({@link EventRefusedException}), goes to the dead-letter
	 * topic at once, with the exception in Spring's {@code kafka_dlt-*} headers and a
	 * refusal's reason in {@link EventRefusedException#REASON_HEADER}; a failure that may
	 * pass ({@link #PASSING_FAILURES}) is tried again for as long as it lasts, holding
	 * back the partition; a bug is tried a few times, then goes there too. Every failed
	 * try is counted in {@value ConsumerRetries#FAILURES}.
	 */
	@Bean
	DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, byte[]> template, KafkaSettings settings,
			ObjectProvider<MeterRegistry> meters) {
		DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(template,
				(record, ex) -> new TopicPartition(Topics.deadLetterTopicOf(record.topic()), -1));
		deadLetters.setHeadersFunction((record, ex) -> {
			Headers headers = new RecordHeaders();
			refusalOf(ex).ifPresent((refused) -> headers.add(EventRefusedException.REASON_HEADER,
					refused.reason().getBytes(StandardCharsets.UTF_8)));
			return headers;
		});
		DefaultErrorHandler handler = new ConsumerErrorHandler(new FailedRecords(settings.consumerRetry(),
				PASSING_FAILURES, meters.getIfUnique(SimpleMeterRegistry::new)), deadLetters);
		handler.addNotRetryableExceptions(EventRejectedException.class, EventRefusedException.class);
		return handler;
	}

	private static Optional<EventRefusedException> refusalOf(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof EventRefusedException refused) {
				return Optional.of(refused);
			}
		}
		return Optional.empty();
	}

}
