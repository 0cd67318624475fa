package eu.sanctions.registry.messaging;

import java.util.Map;

import org.springframework.kafka.core.KafkaAdmin;

import eu.sanctions.events.registry.RegistryUpdateRejected;
import eu.sanctions.events.testing.AsyncApiServiceContract;

/**
 * registry-service as asyncapi.yaml and the README's ACLs describe it: the topics it
 * creates and reads, the dead-letter topic it writes, and the reason it adds to an event
 * it refused.
 */
class AsyncApiContractTest extends AsyncApiServiceContract {

	AsyncApiContractTest() {
		super("registry-service", "eu.sanctions.registry");
	}

	@Override
	protected KafkaAdmin.NewTopics createdTopics() {
		return new MessagingConfiguration().topics(kafkaSettings());
	}

	@Override
	protected Map<String, Object> listenerBeans() {
		return Map.of("topicNames", new TopicNames(kafkaSettings()));
	}

	@Override
	protected Map<String, String> deadLetterHeadersAdded() {
		return Map.of(EventRefusedException.REASON_HEADER, RegistryUpdateRejected.Reason.EXPIRY_MISMATCH.name());
	}

	private KafkaSettings kafkaSettings() {
		return settings("sanctions.kafka", KafkaSettings.class);
	}

}
