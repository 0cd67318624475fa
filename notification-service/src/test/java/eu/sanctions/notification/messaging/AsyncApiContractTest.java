package eu.sanctions.notification.messaging;

import java.util.Map;

import org.springframework.kafka.core.KafkaAdmin;

import eu.sanctions.events.testing.AsyncApiServiceContract;

/**
 * notification-service as asyncapi.yaml and the README's ACLs describe it: the topics it
 * creates and reads, and the dead-letter topics it writes.
 */
class AsyncApiContractTest extends AsyncApiServiceContract {

	AsyncApiContractTest() {
		super("notification-service", "eu.sanctions.notification");
	}

	@Override
	protected KafkaAdmin.NewTopics createdTopics() {
		return new MessagingConfiguration().topics(kafkaSettings());
	}

	@Override
	protected Map<String, Object> listenerBeans() {
		return Map.of("consumedTopics", new MessagingConfiguration().consumedTopics(kafkaSettings()));
	}

	private KafkaSettings kafkaSettings() {
		return settings("sanctions.kafka", KafkaSettings.class);
	}

}
