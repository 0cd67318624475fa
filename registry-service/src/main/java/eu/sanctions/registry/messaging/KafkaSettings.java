package eu.sanctions.registry.messaging;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import eu.sanctions.events.TopicPlan;

/**
 * How this service lays out its topics ({@code sanctions.kafka.*}).
 *
 * @param partitions partitions per topic
 * @param replicationFactor replicas per partition
 * @param minInsyncReplicas replicas that must acknowledge a write
 * @param topicNames renames of topics, from their default name
 */
@ConfigurationProperties("sanctions.kafka")
record KafkaSettings(int partitions, short replicationFactor, int minInsyncReplicas, Map<String, String> topicNames) {

	TopicPlan.Settings toPlan() {
		return new TopicPlan.Settings(this.partitions, this.replicationFactor, this.minInsyncReplicas, this.topicNames);
	}

}
