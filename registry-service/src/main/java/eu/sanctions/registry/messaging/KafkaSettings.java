package eu.sanctions.registry.messaging;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

import eu.sanctions.events.TopicPlan;
import eu.sanctions.events.inbox.ConsumerRetries;

/**
 * How this service lays out its topics, and how its consumers try a record again
 * ({@code sanctions.kafka.*}).
 *
 * @param partitions partitions per topic
 * @param replicationFactor replicas per partition
 * @param minInsyncReplicas replicas that must acknowledge a write
 * @param topicNames renames of topics, from their default name
 * @param consumerRetry how a record whose processing failed is tried again
 * ({@code sanctions.kafka.consumer-retry.*}); what is not set takes the default
 */
@ConfigurationProperties("sanctions.kafka")
record KafkaSettings(int partitions, short replicationFactor, int minInsyncReplicas, Map<String, String> topicNames,
		@NestedConfigurationProperty ConsumerRetries consumerRetry) {

	KafkaSettings {
		consumerRetry = (consumerRetry != null) ? consumerRetry : ConsumerRetries.defaults();
	}

	TopicPlan.Settings toPlan() {
		return new TopicPlan.Settings(this.partitions, this.replicationFactor, this.minInsyncReplicas, this.topicNames);
	}

}
