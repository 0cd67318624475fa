package eu.sanctions.events.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The event contract's {@code events/asyncapi.yaml}, read from the source tree, with what
 * the services' contract tests ask of it: the channels, the operations of a service, the
 * headers a message documents, and whether a header's value fits its schema.
 */
public final class AsyncApiDocument {

	private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final int MAX_REF_DEPTH = 16;

	private final JsonNode root;

	private final Path file;

	private AsyncApiDocument(JsonNode root, Path file) {
		this.root = root;
		this.file = file;
	}

	/** The document of the repository the build runs in. */
	public static AsyncApiDocument load() {
		Path repository = Path.of(System.getProperty("sanctions.repository-root", "..")).toAbsolutePath().normalize();
		Path file = repository.resolve("events/asyncapi.yaml");
		try {
			return new AsyncApiDocument(YAML.readTree(file.toFile()), file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public JsonNode root() {
		return this.root;
	}

	/** The addresses (topics) of all channels. */
	public Set<String> addresses() {
		Set<String> addresses = new LinkedHashSet<>();
		this.root.path("channels").forEach((channel) -> addresses.add(channel.path("address").asText()));
		return addresses;
	}

	/** The channel of a topic. */
	public Optional<JsonNode> channel(String address) {
		for (JsonNode channel : this.root.path("channels")) {
			if (channel.path("address").asText().equals(address)) {
				return Optional.of(channel);
			}
		}
		return Optional.empty();
	}

	/**
	 * The operations of one party, by id: those whose id starts with its name in camel
	 * case ({@code renewal-service}: {@code renewalServiceReceivesPositions}).
	 */
	public Map<String, JsonNode> operationsOf(String party) {
		String prefix = camelCase(party);
		Map<String, JsonNode> operations = new LinkedHashMap<>();
		this.root.path("operations").properties().forEach((entry) -> {
			String id = entry.getKey();
			if (id.length() > prefix.length() && id.startsWith(prefix)
					&& Character.isUpperCase(id.charAt(prefix.length()))) {
				operations.put(entry.getKey(), entry.getValue());
			}
		});
		return operations;
	}

	/**
	 * The topics a party's operations with this action ({@code send}, {@code receive})
	 * use.
	 */
	public Set<String> addressesOf(String party, String action) {
		Set<String> addresses = new LinkedHashSet<>();
		operationsOf(party).values().forEach((operation) -> {
			if (operation.path("action").asText().equals(action)) {
				addresses.add(resolve(operation.at("/channel/$ref").asText()).path("address").asText());
			}
		});
		return addresses;
	}

	/** The component messages of a channel, references resolved. */
	public List<JsonNode> messagesOf(JsonNode channel) {
		List<JsonNode> messages = new ArrayList<>();
		channel.path("messages").forEach((message) -> messages.add(dereferenced(message)));
		return messages;
	}

	/**
	 * The schema of a header as a message documents it: among its headers' own properties
	 * or those of the schemas its headers combine with {@code allOf}.
	 */
	public Optional<JsonNode> headerSchema(JsonNode message, String header) {
		return headerSchemaIn(dereferenced(message.path("headers")), header, 0);
	}

	/** A schema of {@code components/schemas}. */
	public JsonNode schema(String name) {
		JsonNode schema = this.root.path("components").path("schemas").path(name);
		if (schema.isMissingNode()) {
			throw new AssertionError("asyncapi.yaml has no components/schemas/" + name);
		}
		return schema;
	}

	/**
	 * Why a value does not fit a schema of this document, after resolving its references
	 * (into this document and into the JSON Schemas beside it); empty when it fits.
	 */
	public Set<String> violations(JsonNode schema, JsonNode value) {
		JsonNode inlined = inlined(schema, this.file, 0);
		Set<String> violations = new LinkedHashSet<>();
		for (ValidationMessage message : JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
			.getSchema(inlined)
			.validate(value)) {
			violations.add(message.getMessage());
		}
		return violations;
	}

	/** An internal reference, {@code #/channels/positions}. */
	public JsonNode resolve(String internalRef) {
		if (!internalRef.startsWith("#")) {
			throw new IllegalArgumentException("Not an internal reference: " + internalRef);
		}
		JsonNode target = this.root.at(JsonPointer.compile(internalRef.substring(1)));
		if (target.isMissingNode()) {
			throw new AssertionError("asyncapi.yaml does not resolve " + internalRef);
		}
		return target;
	}

	/** {@code renewal-service}: {@code renewalService}. */
	public static String camelCase(String name) {
		StringBuilder camel = new StringBuilder();
		for (String word : name.toLowerCase(Locale.ROOT).split("[-_ ]")) {
			if (!word.isEmpty()) {
				camel.append(camel.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
			}
		}
		return camel.toString();
	}

	private Optional<JsonNode> headerSchemaIn(JsonNode headers, String header, int depth) {
		if (depth > MAX_REF_DEPTH) {
			return Optional.empty();
		}
		JsonNode own = headers.path("properties").path(header);
		if (!own.isMissingNode()) {
			return Optional.of(own);
		}
		for (JsonNode part : headers.path("allOf")) {
			Optional<JsonNode> found = headerSchemaIn(dereferenced(part), header, depth + 1);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	private JsonNode dereferenced(JsonNode node) {
		JsonNode current = node;
		for (int hop = 0; current.has("$ref") && current.path("$ref").asText().startsWith("#"); hop++) {
			if (hop == MAX_REF_DEPTH) {
				throw new IllegalStateException("Too many $ref hops from " + node);
			}
			current = resolve(current.path("$ref").asText());
		}
		return current;
	}

	/**
	 * A copy of a schema with every {@code $ref} replaced by what it points at, so that a
	 * validator needs no loader: references into this document, and relative ones into
	 * the JSON Schema files beside it (which may refer on, relative to themselves).
	 */
	private JsonNode inlined(JsonNode schema, Path base, int depth) {
		if (depth > MAX_REF_DEPTH) {
			throw new IllegalStateException("References nested too deep in " + base);
		}
		if (schema.isArray()) {
			List<JsonNode> elements = new ArrayList<>();
			schema.forEach((element) -> elements.add(inlined(element, base, depth)));
			return JSON.createArrayNode().addAll(elements);
		}
		if (!schema.isObject()) {
			return schema;
		}
		if (schema.has("$ref")) {
			String ref = schema.path("$ref").asText();
			int hash = ref.indexOf('#');
			String path = (hash >= 0) ? ref.substring(0, hash) : ref;
			String pointer = (hash >= 0) ? ref.substring(hash + 1) : "";
			Path target = path.isEmpty() ? base : base.resolveSibling(path).normalize();
			JsonNode document = path.isEmpty() && base.equals(this.file) ? this.root : read(target);
			JsonNode resolved = document.at(JsonPointer.compile(pointer));
			if (resolved.isMissingNode()) {
				throw new AssertionError(base + ": cannot resolve " + ref);
			}
			ObjectNode merged = ((ObjectNode) inlined(resolved, target, depth + 1)).deepCopy();
			schema.properties().forEach((entry) -> {
				if (!entry.getKey().equals("$ref")) {
					merged.set(entry.getKey(), inlined(entry.getValue(), base, depth));
				}
			});
			return merged;
		}
		ObjectNode copy = JSON.createObjectNode();
		schema.properties().forEach((entry) -> copy.set(entry.getKey(), inlined(entry.getValue(), base, depth)));
		return copy;
	}

	private static JsonNode read(Path file) {
		try {
			return file.toString().endsWith(".json") ? JSON.readTree(file.toFile()) : YAML.readTree(file.toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
