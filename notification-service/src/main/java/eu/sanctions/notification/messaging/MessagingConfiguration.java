package eu.sanctions.notification.messaging;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
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

@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

	/**
	 * The failures that may pass if a record is tried again later: the database's own, as
	 * JDBC and as Spring's data access tell them.
	 */
	static final PassingFailures PASSING_FAILURES = PassingFailures.databaseAnd(TransientDataAccessException.class,
			DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
			CannotGetJdbcConnectionException.class, RecoverableDataAccessException.class);

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
		DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(template,
				(record, ex) -> new TopicPartition(Topics.deadLetterTopicOf(record.topic()), -1));
		DefaultErrorHandler handler = new ConsumerErrorHandler(new FailedRecords(settings.consumerRetry(),
				PASSING_FAILURES, meters.getIfUnique(SimpleMeterRegistry::new)), deadLetters);
		handler.addNotRetryableExceptions(EventRejectedException.class);
		return handler;
	}

}
