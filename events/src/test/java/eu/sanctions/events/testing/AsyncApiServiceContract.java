package eu.sanctions.events.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;
import org.springframework.expression.AccessException;
import org.springframework.expression.ParserContext;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.annotation.TopicPartition;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

import eu.sanctions.events.Topics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code events/asyncapi.yaml} and the README's ACL table must say about one
 * service, checked against the service's own code rather than against a list that could
 * drift:
 * <ul>
 * <li>the topics it creates, from its {@link KafkaAdmin.NewTopics} bean, with the
 * configuration's defaults: each a channel, laid out as the channel says;</li>
 * <li>the topics it reads, from its {@code @KafkaListener}s' topic expressions evaluated
 * against the beans they name: each received by one of its operations, and nothing
 * else;</li>
 * <li>the dead-letter topics it writes to: every service's error handler sends a record
 * it gives up on to {@link Topics#deadLetterTopicOf} the topic it read it from, so one
 * for each topic it reads, each a channel that the service's operations send to;</li>
 * <li>the headers it reads beyond the CloudEvents attributes, and those it adds to a dead
 * letter, each documented with a schema that its values fit;</li>
 * <li>the README's ACLs: exactly the topics it writes to and reads, its consumer groups
 * under its prefix.</li>
 * </ul>
 * Each service extends this once, in the package of its messaging configuration, and
 * feeds it from there.
 */
public abstract class AsyncApiServiceContract {

	private static final Pattern TOPIC_IN_README = Pattern.compile("`(sanctions\\.[A-Za-z0-9._-]+)`");

	private final AsyncApiDocument document = AsyncApiDocument.load();

	private final String service;

	private final String basePackage;

	/**
	 * @param service the service's name, as its operations in the document and its
	 * principal in the README know it, e.g. {@code renewal-service}
	 * @param basePackage where its listeners are, e.g. {@code eu.sanctions.renewal}
	 */
	protected AsyncApiServiceContract(String service, String basePackage) {
		this.service = service;
		this.basePackage = basePackage;
	}

	/**
	 * The service's bean of the topics it creates at start-up, made with the defaults of
	 * its configuration ({@link #settings}).
	 */
	protected abstract KafkaAdmin.NewTopics createdTopics();

	/**
	 * The beans its {@code @KafkaListener}s name in their topics, by bean name, e.g.
	 * {@code topicNames} for {@code #{@topicNames.positions()}}, made with the defaults
	 * of its configuration.
	 */
	protected abstract Map<String, Object> listenerBeans();

	/**
	 * The headers it reads beyond the CloudEvents attributes, by topic, each with a value
	 * it accepts.
	 */
	protected Map<String, Map<String, String>> headersRead() {
		return Map.of();
	}

	/**
	 * The headers it adds to a dead letter beyond Spring Kafka's, each with a value it
	 * writes.
	 */
	protected Map<String, String> deadLetterHeadersAdded() {
		return Map.of();
	}

	@Test
	protected void createsOnlyTopicsThatTheContractDocumentsLaidOutAsItSays() {
		Collection<NewTopic> topics = newTopics(createdTopics());
		assertThat(topics).as("%s creates topics", this.service).isNotEmpty();
		for (NewTopic topic : topics) {
			JsonNode channel = this.document.channel(topic.name())
				.orElseThrow(() -> new AssertionError(
						this.service + " creates " + topic.name() + ", which asyncapi.yaml has no channel for"));
			JsonNode binding = channel.at("/bindings/kafka");
			assertThat(topic.numPartitions()).as("partitions of %s", topic.name())
				.isEqualTo(binding.path("partitions").asInt());
			assertThat((int) topic.replicationFactor()).as("replicas of %s", topic.name())
				.isEqualTo(binding.path("replicas").asInt());
			Map<String, String> configs = topic.configs();
			assertThat(List.of(configs.getOrDefault("cleanup.policy", "delete").split(",")))
				.as("cleanup.policy of %s", topic.name())
				.containsExactlyInAnyOrderElementsOf(
						strings(binding.path("topicConfiguration").path("cleanup.policy")));
			configs.forEach((name, value) -> {
				// Replication settings are the deployment's, as partitions and replicas
				// are: the channel gives the defaults of those only.
				if (!name.equals("cleanup.policy") && !name.equals("min.insync.replicas")) {
					assertThat(binding.path("topicConfiguration").path(name).asText())
						.as("%s of %s, as %s creates it", name, topic.name(), this.service)
						.isEqualTo(value);
				}
			});
		}
	}

	@Test
	protected void readsOnlyTopicsThatTheContractSaysItReceives() {
		Set<String> consumed = consumedTopics();
		assertThat(consumed).as("%s reads topics through its @KafkaListeners", this.service).isNotEmpty();
		assertThat(this.document.addresses()).as("the channels").containsAll(consumed);
		assertThat(this.document.addressesOf(this.service, "receive"))
			.as("the channels of %s's receive operations", this.service)
			.containsExactlyInAnyOrderElementsOf(consumed);
	}

	@Test
	protected void documentsTheDeadLetterTopicOfEveryTopicItReads() {
		Set<String> deadLetters = deadLetterTopics();
		for (String topic : deadLetters) {
			JsonNode channel = this.document.channel(topic)
				.orElseThrow(() -> new AssertionError(
						this.service + " dead-letters to " + topic + ", which asyncapi.yaml has no channel for"));
			assertThat(channel.at("/messages/deadLetter/$ref").asText()).as("the message of %s", topic)
				.isEqualTo("#/components/messages/deadLetter");
		}
		Set<String> sentDeadLetters = this.document.addressesOf(this.service, "send")
			.stream()
			.filter((topic) -> topic.endsWith(Topics.DEAD_LETTER_SUFFIX))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(sentDeadLetters).as("the dead-letter channels of %s's send operations", this.service)
			.containsExactlyInAnyOrderElementsOf(deadLetters);
	}

	@Test
	protected void documentsEveryHeaderItReadsWithASchemaItsValuesFit() {
		headersRead().forEach((topic, headers) -> {
			JsonNode channel = this.document.channel(topic)
				.orElseThrow(() -> new AssertionError("asyncapi.yaml has no channel for " + topic));
			List<JsonNode> messages = this.document.messagesOf(channel);
			assertThat(messages).as("the messages of %s", topic).isNotEmpty();
			headers.forEach((header, value) -> messages.forEach((message) -> {
				JsonNode schema = this.document.headerSchema(message, header)
					.orElseThrow(() -> new AssertionError(this.service + " reads the header " + header + " on " + topic
							+ ", which message " + message.path("name").asText() + " does not document"));
				assertThat(this.document.violations(schema, TextNode.valueOf(value)))
					.as("%s: %s as %s reads it", header, value, this.service)
					.isEmpty();
			}));
		});
	}

	@Test
	protected void documentsEveryHeaderItAddsToADeadLetterWithASchemaItsValuesFit() {
		JsonNode deadLetterHeaders = this.document.schema("DeadLetterHeaders");
		deadLetterHeadersAdded().forEach((header, value) -> {
			JsonNode schema = deadLetterHeaders.path("properties").path(header);
			assertThat(schema.isObject()).as("DeadLetterHeaders documents %s, which %s adds", header, this.service)
				.isTrue();
			assertThat(this.document.violations(schema, TextNode.valueOf(value)))
				.as("%s: %s as %s writes it", header, value, this.service)
				.isEmpty();
		});
	}

	/**
	 * The README's ACL row for the service grants it what it needs and no more: Write on
	 * the topics it sends to and the dead-letter topics it writes, Read on the topics it
	 * reads, and its consumer groups all start with its name, which the ACLs grant by
	 * prefix.
	 */
	@Test
	protected void isGrantedByTheReadmeExactlyWhatItWritesAndReads() {
		List<String> row = readmeAclRow();
		Set<String> writes = new TreeSet<>(this.document.addressesOf(this.service, "send"));
		writes.addAll(deadLetterTopics());
		assertThat(topicsIn(row.get(2))).as("the topics the README lets %s write", this.service)
			.containsExactlyInAnyOrderElementsOf(writes);
		assertThat(topicsIn(row.get(3))).as("the topics the README lets %s read", this.service)
			.containsExactlyInAnyOrderElementsOf(consumedTopics());
		assertThat(consumerGroups()).as("the consumer groups of %s", this.service)
			.isNotEmpty()
			.allSatisfy((group) -> assertThat(group).startsWith(this.service));
	}

	/** The topics the service's listeners read, under their default names. */
	protected final Set<String> consumedTopics() {
		Set<String> topics = new TreeSet<>();
		listeners().forEach((listener) -> {
			assertThat(listener.getString("topicPattern")).as("a listener of %s reads topics by name", this.service)
				.isEmpty();
			assertThat(listener.getAnnotationArray("topicPartitions", TopicPartition.class))
				.as("a listener of %s reads whole topics", this.service)
				.isEmpty();
			for (String expression : listener.getStringArray("topics")) {
				topics.addAll(evaluate(expression));
			}
		});
		return topics;
	}

	/** The dead-letter topics the service writes to: one per topic it reads. */
	protected final Set<String> deadLetterTopics() {
		return consumedTopics().stream().map(Topics::deadLetterTopicOf).collect(Collectors.toCollection(TreeSet::new));
	}

	/**
	 * Settings of the service bound from its {@code application.yml} as shipped, with no
	 * environment: the defaults it creates its topics with.
	 * @param prefix the settings' prefix, e.g. {@code sanctions.kafka}
	 * @param type the settings' type
	 * @return the settings
	 */
	protected <T> T settings(String prefix, Class<T> type) {
		return Binder.get(shippedConfiguration()).bindOrCreate(prefix, type);
	}

	/**
	 * The Kafka header that carries a CloudEvents extension in binary mode, as the Kafka
	 * binding of the CloudEvents SDK writes it ({@code authid}: {@code ce_authid}).
	 */
	protected static String cloudEventsHeaderOf(String extension) {
		String marker = "extension-value-" + extension;
		CloudEvent event = CloudEventBuilder.v1()
			.withId("header-probe")
			.withSource(java.net.URI.create("urn:eu-sanctions:contract"))
			.withType("eu.sanctions.contract.probe")
			.withExtension(extension, marker)
			.build();
		ProducerRecord<Void, byte[]> record = KafkaMessageFactory.createWriter("probe").writeBinary(event);
		for (Header header : record.headers()) {
			if (Arrays.equals(header.value(), marker.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
				return header.key();
			}
		}
		throw new AssertionError("The Kafka binding wrote no header for the extension " + extension);
	}

	/**
	 * The topics of the bean, as KafkaAdmin reads them (its accessor is package-private:
	 * the bean is meant for KafkaAdmin alone).
	 */
	@SuppressWarnings("unchecked")
	private static Collection<NewTopic> newTopics(KafkaAdmin.NewTopics bean) {
		Method accessor = ReflectionUtils.findMethod(KafkaAdmin.NewTopics.class, "getNewTopics");
		assertThat(accessor).as("KafkaAdmin.NewTopics#getNewTopics").isNotNull();
		ReflectionUtils.makeAccessible(accessor);
		return (Collection<NewTopic>) ReflectionUtils.invokeMethod(accessor, bean);
	}

	private List<MergedAnnotation<KafkaListener>> listeners() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(
				(reader, factory) -> reader.getAnnotationMetadata().hasAnnotatedMethods(KafkaListener.class.getName())
						|| reader.getAnnotationMetadata().hasAnnotation(KafkaListener.class.getName()));
		List<MergedAnnotation<KafkaListener>> listeners = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents(this.basePackage)) {
			Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), getClass().getClassLoader());
			if (isTestCode(type)) {
				continue;
			}
			MergedAnnotations.from(type).stream(KafkaListener.class).forEach(listeners::add);
			for (Method method : ReflectionUtils.getUniqueDeclaredMethods(type)) {
				MergedAnnotations.from(method).stream(KafkaListener.class).forEach(listeners::add);
			}
		}
		assertThat(listeners).as("the @KafkaListeners of %s under %s", this.service, this.basePackage).isNotEmpty();
		return listeners;
	}

	private static boolean isTestCode(Class<?> type) {
		return Optional.ofNullable(type.getProtectionDomain().getCodeSource())
			.map((source) -> source.getLocation().toString().contains("/test-classes/"))
			.orElse(false);
	}

	private Set<String> consumerGroups() {
		Set<String> groups = new LinkedHashSet<>();
		StandardEnvironment configuration = shippedConfiguration();
		String defaultGroup = configuration.getProperty("spring.kafka.consumer.group-id");
		listeners().forEach((listener) -> {
			String group = listener.getString("groupId");
			if (!group.isEmpty()) {
				groups.addAll(evaluate(group));
			}
			else if (listener.getBoolean("idIsGroup") && !listener.getString("id").isEmpty()) {
				groups.addAll(evaluate(listener.getString("id")));
			}
			else {
				groups.add(String.valueOf(defaultGroup));
			}
		});
		return groups;
	}

	private List<String> evaluate(String expression) {
		StandardEvaluationContext context = new StandardEvaluationContext();
		context.setBeanResolver((evaluation, name) -> {
			Object bean = listenerBeans().get(name);
			if (bean == null) {
				throw new AccessException("A @KafkaListener of " + this.service + " names the bean " + name
						+ ": give it in listenerBeans()");
			}
			return bean;
		});
		String resolved = shippedConfiguration().resolveRequiredPlaceholders(expression);
		Object value = new SpelExpressionParser().parseExpression(resolved, ParserContext.TEMPLATE_EXPRESSION)
			.getValue(context);
		List<String> values = new ArrayList<>();
		if (value instanceof String[] array) {
			values.addAll(List.of(array));
		}
		else if (value instanceof Collection<?> collection) {
			collection.forEach((element) -> values.add(String.valueOf(element)));
		}
		else {
			values.add(String.valueOf(value));
		}
		return values;
	}

	private List<String> readmeAclRow() {
		Path readme = repository().resolve("README.md");
		String prefix = "| `" + this.service + "` |";
		try {
			List<String> rows = Files.readAllLines(readme).stream().filter((line) -> line.startsWith(prefix)).toList();
			assertThat(rows).as("the README's ACL row of %s", this.service).hasSize(1);
			List<String> cells = List.of(rows.get(0).split("\\|", -1));
			assertThat(cells).as("the README's ACL row of %s: principal, write, read", this.service).hasSize(5);
			return cells;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Set<String> topicsIn(String cell) {
		Set<String> topics = new TreeSet<>();
		Matcher matcher = TOPIC_IN_README.matcher(cell);
		while (matcher.find()) {
			topics.add(matcher.group(1));
		}
		return topics;
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((value) -> values.add(value.asText()));
		return values;
	}

	private static Path repository() {
		return Path.of(System.getProperty("sanctions.repository-root", "..")).toAbsolutePath().normalize();
	}

	/**
	 * The service's {@code application.yml} as shipped (from its source tree, whatever a
	 * test's resources say), its placeholders falling back on their defaults: no system
	 * environment or properties.
	 */
	private StandardEnvironment shippedConfiguration() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		Path file = repository().resolve(this.service + "/src/main/resources/application.yml");
		if (!Files.isRegularFile(file)) {
			throw new AssertionError("No " + file);
		}
		try {
			new YamlPropertySourceLoader().load("application.yml", new FileSystemResource(file))
				.forEach(environment.getPropertySources()::addLast);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return environment;
	}

}
