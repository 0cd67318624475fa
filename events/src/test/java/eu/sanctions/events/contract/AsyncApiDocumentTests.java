package eu.sanctions.events.contract;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.support.KafkaHeaders;

import eu.sanctions.events.EventType;
import eu.sanctions.events.Topics;
import eu.sanctions.events.cloudevents.EventCodec;
import eu.sanctions.events.cloudevents.EventJson;
import eu.sanctions.events.testing.AsyncApiDocument;
import eu.sanctions.events.testing.SampleEvents;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code asyncapi.yaml} is a valid AsyncAPI 3.0.0 document and tells the truth about the
 * code: one channel per topic, one message per event type with its schema and its
 * {@code ce_type}, and the services' operations.
 */
class AsyncApiDocumentTests {

	private static final JsonNode DOCUMENT = ContractFiles.asyncApi();

	@Test
	void validatesAgainstTheAsyncApi300MetaSchema() throws IOException {
		Set<ValidationMessage> violations = metaSchema().validate(DOCUMENT);
		assertThat(violations).isEmpty();
		assertThat(DOCUMENT.path("asyncapi").asText()).isEqualTo("3.0.0");
	}

	@Test
	void catchesWhatTheAsyncApi300MetaSchemaForbids() throws IOException {
		// Proves the validation above is live: AsyncAPI 2's "publish" is no longer an
		// operation's action in 3.0.
		ObjectNode document = DOCUMENT.deepCopy();
		((ObjectNode) document.at("/operations/analystsSendSignals")).put("action", "publish");
		assertThat(metaSchema().validate(document)).isNotEmpty();
	}

	/**
	 * Which dead-letter topics exist is the services' business: each service's
	 * {@code AsyncApiServiceContract} checks that the ones it writes are channels and
	 * that its operations send to them. Here: every channel is a topic of {@link Topics}
	 * or the dead-letter topic of one, and a dead-letter channel is there because someone
	 * sends to it and someone reads the topic it belongs to.
	 */
	@Test
	void hasAChannelForEveryTopicAndOnlyDeadLetterChannelsBesides() {
		List<String> addresses = new ArrayList<>();
		DOCUMENT.path("channels").forEach((channel) -> addresses.add(channel.path("address").asText()));
		List<String> deadLetters = addresses.stream()
			.filter((address) -> address.endsWith(Topics.DEAD_LETTER_SUFFIX))
			.toList();
		List<String> expected = new ArrayList<>(topicConstants());
		deadLetters.forEach((deadLetter) -> assertThat(topicConstants()).as("the topic of " + deadLetter)
			.contains(deadLetter.substring(0, deadLetter.length() - Topics.DEAD_LETTER_SUFFIX.length())));
		expected.addAll(deadLetters);
		assertThat(addresses).containsExactlyInAnyOrderElementsOf(expected);
		DOCUMENT.path("channels")
			.forEach((channel) -> assertThat(channel.at("/bindings/kafka/topic").asText())
				.isEqualTo(channel.path("address").asText()));
		for (String deadLetter : deadLetters) {
			String topic = deadLetter.substring(0, deadLetter.length() - Topics.DEAD_LETTER_SUFFIX.length());
			assertThat(operationsOn(deadLetter, "send")).as("who sends to " + deadLetter).isNotEmpty();
			assertThat(operationsOn(topic, "receive")).as("who reads " + topic).isNotEmpty();
		}
	}

	@Test
	void declaresThePackagesTopicCompactedAndTheOthersNot() {
		for (JsonNode channel : DOCUMENT.path("channels")) {
			JsonNode policy = channel.at("/bindings/kafka/topicConfiguration/cleanup.policy");
			boolean compacted = StreamSupport.stream(policy.spliterator(), false)
				.anyMatch((value) -> value.asText().equals("compact"));
			assertThat(compacted).as(channel.path("address").asText())
				.isEqualTo(channel.path("address").asText().equals(Topics.REGISTRY_PACKAGES));
		}
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void describesEveryEventTypeWithItsSchemaAndHeaders(EventType type) {
		String name = camelCase(type.name());
		JsonNode message = DOCUMENT.at("/components/messages/" + name);
		assertThat(message.isObject()).as("message " + name).isTrue();
		assertThat(message.path("contentType").asText()).isEqualTo("application/json");
		assertThat(message.at("/headers/properties/ce_type/const").asText()).isEqualTo(type.type());
		assertThat(message.at("/headers/properties/ce_dataschema/const").asText())
			.isEqualTo(type.dataSchema().toString());
		assertThat(message.at("/headers/allOf/0/$ref").asText()).isEqualTo("#/components/schemas/CloudEventHeaders");
		String payload = message.at("/payload/$ref").asText();
		assertThat(URI.create(payload).normalize().toString()).isEqualTo(type.schemaPath());
		assertThat(ContractFiles.moduleDirectory().resolve(type.schemaPath())).isRegularFile();
		JsonNode channel = channelOfAddress(type.topic());
		assertThat(channel.at("/messages/" + name + "/$ref").asText()).isEqualTo("#/components/messages/" + name);
	}

	@Test
	void givesEveryMessageWithACloudEventsTypeTheSchemaOfThatType() {
		DOCUMENT.path("components").path("messages").properties().forEach((entry) -> {
			JsonNode ceType = entry.getValue().at("/headers/properties/ce_type/const");
			if (!ceType.isMissingNode()) {
				EventType type = EventType.ofType(ceType.asText()).orElseThrow();
				assertThat(entry.getKey()).isEqualTo(camelCase(type.name()));
				assertThat(URI.create(entry.getValue().at("/payload/$ref").asText()).normalize().toString())
					.isEqualTo(type.schemaPath());
			}
		});
	}

	@Test
	void referencesEverySchemaFileFromAMessage() {
		Set<String> referenced = new HashSet<>();
		DOCUMENT.path("components").path("messages").forEach((message) -> {
			JsonNode payload = message.at("/payload/$ref");
			if (!payload.isMissingNode()) {
				referenced.add(URI.create(payload.asText()).normalize().toString());
			}
		});
		List<String> files = ContractFiles.jsonFilesUnder(ContractFiles.schemasDirectory())
			.stream()
			.filter((file) -> !file.equals("common.v1.json"))
			.map((file) -> "schemas/" + file)
			.toList();
		assertThat(referenced).containsAll(files);
	}

	/**
	 * The headers are those the codec writes for an event with every attribute the
	 * services set, no more and no fewer, and each value it writes fits its schema.
	 */
	@Test
	void describesTheCloudEventsBinaryModeHeadersAsTheCodecWritesThem() {
		EventCodec codec = new EventCodec();
		ProducerRecord<String, byte[]> record = codec.toKafkaRecord(Topics.RENEWAL_EVENTS,
				codec.envelope(SampleEvents.positionRecorded(), URI.create("urn:eu-sanctions:renewal-service"),
						"3f0c1d9e-5b7a-4c21-9e84-2d6f0a7b5c13", OffsetDateTime.parse("2026-11-22T10:15:30+01:00"),
						42L));
		Map<String, String> written = new LinkedHashMap<>();
		record.headers().forEach((header) -> written.put(header.key(), new String(header.value(), UTF_8)));
		JsonNode headers = DOCUMENT.at("/components/schemas/CloudEventHeaders/properties");
		assertThat(fieldNames(headers)).containsExactlyInAnyOrderElementsOf(written.keySet());
		AsyncApiDocument document = AsyncApiDocument.load();
		written.forEach((name, value) -> assertThat(document.violations(headers.path(name), TextNode.valueOf(value)))
			.as("%s: %s", name, value)
			.isEmpty());
		assertThat(written).containsEntry("ce_sequence", "0000000042");
		assertThat(document.violations(headers.path("ce_sequence"), TextNode.valueOf("42"))).isNotEmpty();
	}

	/**
	 * The {@code kafka_dlt-*} headers are those Spring Kafka names in
	 * {@link KafkaHeaders} (the recoverer adds each it has a value for), but for the
	 * key's deserialization failure: the services read keys as strings, which never
	 * fails. The headers a service adds itself are checked by that service's
	 * {@code AsyncApiServiceContract}.
	 */
	@Test
	void describesTheHeadersSpringKafkaAddsToADeadLetter() throws IllegalAccessException {
		Set<String> springKafka = new TreeSet<>();
		for (Field field : KafkaHeaders.class.getFields()) {
			if (field.getType() == String.class && ((String) field.get(null)).startsWith("kafka_dlt-")
					&& !field.getName().startsWith("DLT_KEY_")) {
				springKafka.add((String) field.get(null));
			}
		}
		JsonNode headers = DOCUMENT.at("/components/schemas/DeadLetterHeaders/properties");
		assertThat(fieldNames(headers).stream().filter((name) -> name.startsWith("kafka_dlt-")))
			.containsExactlyInAnyOrderElementsOf(springKafka);
		for (JsonNode channel : DOCUMENT.path("channels")) {
			if (channel.path("address").asText().endsWith(Topics.DEAD_LETTER_SUFFIX)) {
				assertThat(channel.at("/messages/deadLetter/$ref").asText())
					.isEqualTo("#/components/messages/deadLetter");
			}
		}
	}

	@Test
	void keysEveryEventMessageByThePackage() {
		JsonNode key = DOCUMENT.at("/components/messageBindings/keyedByPackage/kafka/key");
		assertThat(key.at("/allOf/0/$ref").asText()).isEqualTo("./schemas/common.v1.json#/$defs/packageKey");
		for (EventType type : EventType.values()) {
			assertThat(DOCUMENT.at("/components/messages/" + camelCase(type.name()) + "/bindings/$ref").asText())
				.isEqualTo("#/components/messageBindings/keyedByPackage");
		}
	}

	@Test
	void hasEveryEventTypeSentBySomeone() {
		Set<String> sent = new HashSet<>();
		DOCUMENT.path("operations").forEach((operation) -> {
			if (operation.path("action").asText().equals("send")) {
				messagesOf(operation).forEach((ref) -> sent.add(resolve(ref).path("name").asText()));
			}
		});
		assertThat(sent).containsAll(Arrays.stream(EventType.values()).map((type) -> camelCase(type.name())).toList());
	}

	@Test
	void letsOperationsUseOnlyTheMessagesOfTheirChannel() {
		DOCUMENT.path("operations").properties().forEach((entry) -> {
			String channel = entry.getValue().at("/channel/$ref").asText();
			assertThat(resolve(channel).isObject()).as(entry.getKey() + " channel").isTrue();
			for (String message : channelMessagesOf(entry.getValue())) {
				assertThat(message).as(entry.getKey()).startsWith(channel + "/messages/");
				assertThat(resolve(message).isObject()).as(message).isTrue();
			}
		});
	}

	@Test
	void resolvesEveryReference() {
		List<String> unresolved = new ArrayList<>();
		collectRefs(DOCUMENT).forEach((ref) -> {
			if (!resolves(ref)) {
				unresolved.add(ref);
			}
		});
		assertThat(unresolved).isEmpty();
	}

	/**
	 * The official meta-schema, draft-07 with every definition inlined; see the README
	 * next to it.
	 */
	private static JsonSchema metaSchema() throws IOException {
		try (InputStream in = AsyncApiDocumentTests.class.getResourceAsStream("/asyncapi/3.0.0-without-$id.json")) {
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
		}
	}

	private static boolean resolves(String ref) {
		if (ref.startsWith("#")) {
			return !resolve(ref).isMissingNode();
		}
		int hash = ref.indexOf('#');
		Path file = ContractFiles.moduleDirectory().resolve((hash >= 0) ? ref.substring(0, hash) : ref).normalize();
		if (!Files.isRegularFile(file)) {
			return false;
		}
		if (hash < 0) {
			return true;
		}
		try {
			JsonNode target = EventJson.mapper().readTree(file.toFile());
			return !target.at(JsonPointer.compile(ref.substring(hash + 1))).isMissingNode();
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static JsonNode resolve(String internalRef) {
		return DOCUMENT.at(JsonPointer.compile(internalRef.substring(1)));
	}

	private static List<String> collectRefs(JsonNode node) {
		List<String> refs = new ArrayList<>();
		if (node.isObject()) {
			node.properties().forEach((entry) -> {
				if (entry.getKey().equals("$ref") && entry.getValue().isTextual()) {
					refs.add(entry.getValue().asText());
				}
				else {
					refs.addAll(collectRefs(entry.getValue()));
				}
			});
		}
		else if (node.isArray()) {
			node.forEach((element) -> refs.addAll(collectRefs(element)));
		}
		return refs;
	}

	/**
	 * The channel messages an operation lists, or all those of its channel when it lists
	 * none.
	 */
	private static List<String> channelMessagesOf(JsonNode operation) {
		List<String> refs = new ArrayList<>();
		if (operation.has("messages")) {
			operation.path("messages").forEach((message) -> refs.add(message.path("$ref").asText()));
		}
		else {
			String channel = operation.at("/channel/$ref").asText();
			resolve(channel).path("messages")
				.fieldNames()
				.forEachRemaining((name) -> refs.add(channel + "/messages/" + name));
		}
		return refs;
	}

	/**
	 * The component messages an operation handles: channel messages are references to
	 * them.
	 */
	private static List<String> messagesOf(JsonNode operation) {
		return channelMessagesOf(operation).stream().map((ref) -> {
			JsonNode target = resolve(ref);
			return target.has("$ref") ? target.path("$ref").asText() : ref;
		}).toList();
	}

	/** The operations with this action on the channel of a topic. */
	private static List<String> operationsOn(String address, String action) {
		List<String> operations = new ArrayList<>();
		DOCUMENT.path("operations").properties().forEach((entry) -> {
			if (entry.getValue().path("action").asText().equals(action)
					&& resolve(entry.getValue().at("/channel/$ref").asText()).path("address")
						.asText()
						.equals(address)) {
				operations.add(entry.getKey());
			}
		});
		return operations;
	}

	private static JsonNode channelOfAddress(String address) {
		for (JsonNode channel : DOCUMENT.path("channels")) {
			if (channel.path("address").asText().equals(address)) {
				return channel;
			}
		}
		throw new AssertionError("No channel for " + address);
	}

	/**
	 * The public topic names of {@link Topics}, without the dead-letter suffix, which is
	 * not a topic.
	 */
	private static List<String> topicConstants() {
		List<String> topics = new ArrayList<>();
		for (Field field : Topics.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
					&& !field.getName().equals("DEAD_LETTER_SUFFIX")) {
				try {
					topics.add((String) field.get(null));
				}
				catch (IllegalAccessException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		return topics;
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.fieldNames().forEachRemaining(names::add);
		return names;
	}

	static String camelCase(String constant) {
		StringBuilder name = new StringBuilder();
		for (String word : constant.toLowerCase(java.util.Locale.ROOT).split("_")) {
			name.append(name.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
		}
		return name.toString();
	}

}
