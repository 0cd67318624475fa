package eu.sanctions.notification.messaging;

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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.transaction.CannotCreateTransactionException;
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

@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

	/**
	 * The failures that may pass if a record is tried again later: the database's own, as
	 * JDBC and as Spring's data access tell them.
	 */
	static final PassingFailures PASSING_FAILURES = PassingFailures.databaseAnd(TransientDataAccessException.class,
			DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
			CannotGetJdbcConnectionException.class, RecoverableDataAccessException.class);

	private static final Logger log = LoggerFactory.getLogger(MessagingConfiguration.class);

	/**
	 * What this service reads, by default name, and where it puts what it cannot read.
	 * The packages' compacted topic is the registry's; it is created here too if missing,
	 * compacted, so that this service can start first. A package it cannot learn for a
	 * failure that is not a bad record goes to the packages' dead-letter topic, which it
	 * creates too rather than count on renewal-service having started.
	 */
	private static final List<String> TOPICS = List.of(Topics.RENEWAL_EVENTS, Topics.REGISTRY_EVENTS,
			Topics.REGISTRY_PACKAGES, Topics.deadLetterTopicOf(Topics.RENEWAL_EVENTS),
			Topics.deadLetterTopicOf(Topics.REGISTRY_EVENTS), Topics.deadLetterTopicOf(Topics.REGISTRY_PACKAGES));

	@Bean
	ConsumedTopics consumedTopics(KafkaSettings settings) {
		TopicPlan.Settings plan = settings.toPlan();
		return new ConsumedTopics(plan.name(Topics.RENEWAL_EVENTS), plan.name(Topics.REGISTRY_EVENTS),
				plan.name(Topics.REGISTRY_PACKAGES));
	}

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
	 * ({@link ConsumerRetries}): a record that is not an event of the contract goes to
	 * the dead-letter topic at once, with the exception in Spring's {@code kafka_dlt-*}
	 * headers (this service refuses no event; the registry sends those it refuses there
	 * too); a failure that may pass ({@link #PASSING_FAILURES}) is tried again for as
	 * long as it lasts, holding back the partition; a bug is tried a few times, then goes
	 * to the dead-letter topic. Every failed try is counted in
	 * {@value ConsumerRetries#FAILURES}.
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
