package eu.sanctions.renewal.messaging;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;

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
import eu.sanctions.renewal.process.EngineTransactions;

@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

	static final URI SOURCE = URI.create("urn:eu-sanctions:renewal-service");

	/** The failures that may pass if a record is tried again later: the engine's. */
	static final PassingFailures PASSING_FAILURES = EngineTransactions.PASSING_FAILURES;

	/**
	 * What this service writes and reads, by default name; it creates them all if they
	 * are missing.
	 */
	private static final List<String> TOPICS = List.of(Topics.RENEWAL_EVENTS, Topics.POSITIONS, Topics.SIGNALS,
			Topics.REGISTRY_EVENTS, Topics.REGISTRY_PACKAGES, Topics.deadLetterTopicOf(Topics.POSITIONS),
			Topics.deadLetterTopicOf(Topics.SIGNALS), Topics.deadLetterTopicOf(Topics.REGISTRY_EVENTS),
			Topics.deadLetterTopicOf(Topics.REGISTRY_PACKAGES));

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
	 * works as {@code sanctions.outbox.*} says ({@link #relaySettings}); the send timeout
	 * must stay shorter than the producer's {@code delivery.timeout.ms} (30 s in
	 * {@code application.yml}), so that the relay, not the producer, gives up on a send.
	 * Idempotent, not transactional: the relay sends outside Kafka transactions. It has
	 * producers of its own, made from the service's producer settings, because it closes
	 * one that failed a batch (aborting the sends it still buffers) and takes another.
	 * Its lock is ShedLock's, on the system clock; the times it writes are the engine's.
	 */
	@Bean(initMethod = "start", destroyMethod = "close")
	@DependsOn("eventTables")
	@ConditionalOnProperty(name = "sanctions.outbox.relay-enabled", havingValue = "true", matchIfMissing = true)
	OutboxRelay outboxRelay(DataSource dataSource, ProducerFactory<String, byte[]> producers, EventCodec codec,
			Environment environment, Clock clock) {
		return new OutboxRelay(dataSource, OutboxRelay.producersFrom(producers.getConfigurationProperties()), codec,
				"renewal-outbox-relay", relaySettings(environment), clock);
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
	 * What becomes of a record whose processing failed, as in the three services
	 * ({@link ConsumerRetries}): a record that is not an event of the contract
	 * ({@link EventRejectedException}) goes to the topic's dead-letter topic at once,
	 * with the exception in Spring's {@code kafka_dlt-*} headers (a readable position
	 * that breaks the contract is not a failure: the listener answers its sender with
	 * {@code position-rejected}); a failure that may pass
	 * ({@link EngineTransactions#PASSING_FAILURES}) is tried again for as long as it
	 * lasts, holding back the partition so that a package's events stay in order; any
	 * other failure is a bug: a few tries, then the dead-letter topic, for someone to
	 * look at. Every failed try is counted in {@value ConsumerRetries#FAILURES}.
	 */
	@Bean
	DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, byte[]> template, KafkaSettings settings,
			ObjectProvider<MeterRegistry> meters) {
		DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(template,
				(record, ex) -> new TopicPartition(Topics.deadLetterTopicOf(record.topic()), -1));
		DefaultErrorHandler handler = new ConsumerErrorHandler(new FailedRecords(settings.consumerRetry(),
				PASSING_FAILURES, meters.getIfUnique(SimpleMeterRegistry::new)), deadLetters);
		handler.addNotRetryableExceptions(EventRejectedException.class);
		return handler;
	}

}
