package eu.sanctions.renewal.messaging;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

import eu.sanctions.events.TopicPlan;
import eu.sanctions.events.inbox.ConsumerRetries;

/**
 * How this service lays out its topics, whom it trusts on them, and how its consumers try
 * a record again ({@code sanctions.kafka.*}).
 *
 * @param partitions partitions per topic
 * @param replicationFactor replicas per partition
 * @param minInsyncReplicas replicas that must acknowledge a write
 * @param topicNames renames of topics, from their default name
 * @param deskPrincipals the desk systems allowed to send positions, by member state
 * ({@code sanctions.kafka.desk-principals.LT.secret}); when any is configured, every
 * position on {@code sanctions.positions} must be signed by the desk system of its state
 * @param consumerRetry how a record whose processing failed is tried again
 * ({@code sanctions.kafka.consumer-retry.*}); what is not set takes the default
 */
@ConfigurationProperties("sanctions.kafka")
record KafkaSettings(int partitions, short replicationFactor, int minInsyncReplicas, Map<String, String> topicNames,
		Map<String, DeskPrincipal> deskPrincipals, @NestedConfigurationProperty ConsumerRetries consumerRetry) {

	KafkaSettings {
		deskPrincipals = (deskPrincipals != null) ? Map.copyOf(deskPrincipals) : Map.of();
		consumerRetry = (consumerRetry != null) ? consumerRetry : ConsumerRetries.defaults();
	}

	TopicPlan.Settings toPlan() {
		return new TopicPlan.Settings(this.partitions, this.replicationFactor, this.minInsyncReplicas, this.topicNames);
	}

	/**
	 * A member state's desk system.
	 *
	 * @param name the principal it names in the CloudEvents {@code authid} extension;
	 * {@code desk-LT} when not set
	 * @param secret the key it signs its positions with (HMAC-SHA256)
	 */
	record DeskPrincipal(String name, String secret) {
	}

}
