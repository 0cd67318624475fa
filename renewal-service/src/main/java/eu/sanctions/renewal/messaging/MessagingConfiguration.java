package eu.sanctions.renewal.messaging;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

import eu.sanctions.events.EventTables;
import eu.sanctions.events.TopicPlan;
import eu.sanctions.events.Topics;
import eu.sanctions.events.cloudevents.EventCodec;
import eu.sanctions.events.cloudevents.EventRejectedException;
import eu.sanctions.events.inbox.ConsumerRetries;
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

	private static final Logger log = LoggerFactory.getLogger(MessagingConfiguration.class);

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
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
				(record, ex) -> new TopicPartition(Topics.deadLetterTopicOf(record.topic()), -1));
		// The headers name what went wrong, not the listener adapter's wrapper around it.
		DefaultErrorHandler handler = new JudgingByKind((record, ex) -> recoverer.accept(record,
				(ex instanceof ListenerExecutionFailedException && ex.getCause() instanceof Exception cause) ? cause
						: ex));
		handler.setBackOffFunction((record, failure) -> backOff(settings.consumerRetry(), failure));
		// A failure that turns into another (the database back, then a bug) is judged
		// anew: see JudgingByKind.
		handler.setResetStateOnExceptionChange(true);
		handler.addNotRetryableExceptions(EventRejectedException.class);
		MeterRegistry registry = meters.getIfUnique(SimpleMeterRegistry::new);
		handler.setRetryListeners((record, failure, attempt) -> {
			boolean passing = PASSING_FAILURES.mayPass(failure);
			registry
				.counter(ConsumerRetries.FAILURES, "topic", record.topic(), "kind", passing ? "passing" : "not-passing")
				.increment();
			if (passing) {
				log.warn(
						"Record {}-{}@{} failed (try {}) for a reason that may pass; it and the records after it wait: {}",
						record.topic(), record.partition(), record.offset(), attempt,
						NestedExceptionUtils.getMostSpecificCause(failure).toString());
			}
		});
		return handler;
	}

	/** Spring's back-off for the waits before each next try after this failure. */
	static BackOff backOff(ConsumerRetries retries, Exception failure) {
		return () -> {
			Iterator<Duration> waits = retries.waitsAfter(failure, PASSING_FAILURES).iterator();
			return () -> waits.hasNext() ? waits.next().toMillis() : BackOffExecution.STOP;
		};
	}

	/**
	 * Spring's error handler, judging a record anew when its failure changes kind. Spring
	 * starts the tries afresh when the failure's class changes; but one class can fail
	 * both ways (the outbox's or the inbox's {@code EventStorageException}: a statement
	 * time-out, then a check violated), so a failure that may pass is shown to it under a
	 * class of its own. Otherwise a bug after an outage would be tried for ever, and a
	 * valid event set aside when the database went away after a bug's first try.
	 */
	private static final class JudgingByKind extends DefaultErrorHandler {

		JudgingByKind(ConsumerRecordRecoverer recoverer) {
			super(recoverer);
		}

		@Override
		public boolean handleOne(Exception failure, ConsumerRecord<?, ?> record, Consumer<?, ?> consumer,
				MessageListenerContainer container) {
			return super.handleOne(byKind(failure), record, consumer, container);
		}

		@Override
		public void handleRemaining(Exception failure, List<ConsumerRecord<?, ?>> records, Consumer<?, ?> consumer,
				MessageListenerContainer container) {
			super.handleRemaining(byKind(failure), records, consumer, container);
		}

		private static Exception byKind(Exception failure) {
			return PASSING_FAILURES.mayPass(failure) ? new FailureThatMayPass(failure) : failure;
		}

	}

	/** A failure that may pass, under a class of its own. */
	private static final class FailureThatMayPass extends RuntimeException {

		FailureThatMayPass(Exception failure) {
			super(failure.getMessage(), failure, false, false);
		}

	}

}
