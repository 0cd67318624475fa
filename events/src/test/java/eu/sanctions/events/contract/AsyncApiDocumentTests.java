package eu.sanctions.events.contract;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import eu.sanctions.events.EventType;
import eu.sanctions.events.Topics;
import eu.sanctions.events.cloudevents.EventJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code asyncapi.yaml} is a valid AsyncAPI 3.0.0 document and tells the truth about the
 * code: one channel per topic, one message per event type with its schema and its
 * {@code ce_type}, and the services' operations.
 */
class AsyncApiDocumentTests {

	/** The inbound topics of some service, each with a dead-letter topic. */
	private static final List<String> TOPICS_WITH_DEAD_LETTERS = List.of(Topics.POSITIONS, Topics.SIGNALS,
			Topics.RENEWAL_EVENTS, Topics.REGISTRY_EVENTS);

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

	@Test
	void hasAChannelForEveryTopicAndForTheDeadLettersOfTheInboundOnes() {
		List<String> addresses = new ArrayList<>();
		DOCUMENT.path("channels").forEach((channel) -> addresses.add(channel.path("address").asText()));
		List<String> expected = new ArrayList<>(topicConstants());
		TOPICS_WITH_DEAD_LETTERS.forEach((topic) -> expected.add(Topics.deadLetterTopicOf(topic)));
		assertThat(addresses).containsExactlyInAnyOrderElementsOf(expected);
		DOCUMENT.path("channels")
			.forEach((channel) -> assertThat(channel.at("/bindings/kafka/topic").asText())
				.isEqualTo(channel.path("address").asText()));
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

	@Test
	void describesTheCloudEventsBinaryModeHeadersOnce() {
		JsonNode headers = DOCUMENT.at("/components/schemas/CloudEventHeaders/properties");
		assertThat(fieldNames(headers)).containsExactlyInAnyOrder("ce_specversion", "ce_id", "ce_source", "ce_type",
				"ce_subject", "ce_time", "ce_dataschema", "ce_sequence", "ce_partitionkey", "content-type");
		assertThat(headers.at("/ce_specversion/const").asText()).isEqualTo("1.0");
		assertThat("0000000042").matches(headers.at("/ce_sequence/pattern").asText());
	}

	@Test
	void describesTheHeadersSpringKafkaAddsToADeadLetter() {
		JsonNode headers = DOCUMENT.at("/components/schemas/DeadLetterHeaders/properties");
		assertThat(fieldNames(headers)).contains("kafka_dlt-exception-fqcn", "kafka_dlt-exception-message",
				"kafka_dlt-original-topic", "kafka_dlt-original-partition", "kafka_dlt-original-offset",
				"kafka_dlt-original-consumer-group");
		for (String topic : TOPICS_WITH_DEAD_LETTERS) {
			assertThat(channelOfAddress(Topics.deadLetterTopicOf(topic)).at("/messages/deadLetter/$ref").asText())
				.isEqualTo("#/components/messages/deadLetter");
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
