package eu.sanctions.renewal.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.kafka.core.KafkaAdmin;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.Topics;
import eu.sanctions.events.access.DemoUsers;
import eu.sanctions.events.testing.AsyncApiServiceContract;

/**
 * renewal-service as asyncapi.yaml and the README's ACLs describe it: the topics it
 * creates and reads, the dead-letter topics it writes, and the headers a desk system
 * signs its positions with.
 */
class AsyncApiContractTest extends AsyncApiServiceContract {

	AsyncApiContractTest() {
		super("renewal-service", "eu.sanctions.renewal");
	}

	@Override
	protected KafkaAdmin.NewTopics createdTopics() {
		return new MessagingConfiguration().topics(kafkaSettings());
	}

	@Override
	protected Map<String, Object> listenerBeans() {
		return Map.of("topicNames", new TopicNames(kafkaSettings()));
	}

	/**
	 * A signed position as a desk system sends it while its secret is rotated: the
	 * principal in the CloudEvents {@code authid} extension, and two signatures.
	 */
	@Override
	protected Map<String, Map<String, String>> headersRead() {
		String eventId = "3f0c1d9e-5b7a-4c21-9e84-2d6f0a7b5c13";
		byte[] value = "{\"packageKey\":\"EU-BLR\",\"state\":\"LT\"}".getBytes(StandardCharsets.UTF_8);
		String signatures = DeskSignatures.signatureOf("the-old-secret-of-desk-LT", eventId, value) + " "
				+ DeskSignatures.signatureOf("the-new-secret-of-desk-LT", eventId, value);
		return Map.of(Topics.POSITIONS, Map.of(cloudEventsHeaderOf(DeskSignatures.AUTH_ID),
				DemoUsers.deskGroup(MemberState.LT), DeskSignatures.HEADER, signatures));
	}

	private KafkaSettings kafkaSettings() {
		return settings("sanctions.kafka", KafkaSettings.class);
	}

}
