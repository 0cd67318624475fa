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
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;

import eu.sanctions.events.EventTables;
import eu.sanctions.events.TopicPlan;
import eu.sanctions.events.Topics;
import eu.sanctions.events.cloudevents.EventCodec;
import eu.sanctions.events.inbox.Inbox;

@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

	/**
	 * What this service reads, by default name, and where it puts what it cannot read.
	 * The packages' compacted topic is the registry's; it is created here too if missing,
	 * compacted, so that this service can start first.
	 */
	private static final List<String> TOPICS = List.of(Topics.RENEWAL_EVENTS, Topics.REGISTRY_EVENTS,
			Topics.REGISTRY_PACKAGES, Topics.deadLetterTopicOf(Topics.RENEWAL_EVENTS),
			Topics.deadLetterTopicOf(Topics.REGISTRY_EVENTS));

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
	 * What becomes of a record the consumer could not process:
	 * {@link FailedRecordPolicy}. What goes to the dead-letter topic carries the
	 * exception in Spring's {@code kafka_dlt-*} headers.
	 */
	@Bean
	DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, byte[]> template, ConsumerRetrySettings retry,
			ObjectProvider<MeterRegistry> meters) {
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
				(record, ex) -> new TopicPartition(Topics.deadLetterTopicOf(record.topic()), -1));
		return new FailedRecordPolicy(retry).errorHandler(recoverer, meters.getIfUnique(SimpleMeterRegistry::new));
	}

}
