package eu.sanctions.registry.messaging;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

import eu.sanctions.events.Topics;
import eu.sanctions.registry.BrokerTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/** The topics the registry creates at start-up, as the broker holds them. */
class TopicsTest extends BrokerTestBase {

	@Test
	void createsThePackagesTopicCompactedAndTheEventsTopicsDeleting() throws Exception {
		try (AdminClient admin = AdminClient
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers))) {
			Map<ConfigResource, Config> configs = admin
				.describeConfigs(List.of(topic(Topics.REGISTRY_PACKAGES), topic(Topics.REGISTRY_EVENTS)))
				.all()
				.get();
			Map<String, TopicDescription> topics = admin
				.describeTopics(List.of(Topics.REGISTRY_PACKAGES, Topics.REGISTRY_EVENTS, Topics.RENEWAL_EVENTS,
						Topics.deadLetterTopicOf(Topics.RENEWAL_EVENTS)))
				.allTopicNames()
				.get();

			assertThat(configs.get(topic(Topics.REGISTRY_PACKAGES)).get("cleanup.policy").value()).isEqualTo("compact");
			assertThat(configs.get(topic(Topics.REGISTRY_EVENTS)).get("cleanup.policy").value()).isEqualTo("delete");
			assertThat(topics.get(Topics.REGISTRY_PACKAGES).partitions()).hasSize(3);
		}
	}

	private static ConfigResource topic(String name) {
		return new ConfigResource(ConfigResource.Type.TOPIC, name);
	}

}
