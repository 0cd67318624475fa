package eu.sanctions.events.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

import eu.sanctions.events.cloudevents.EventJson;

/**
 * A set of JSON Schema files that refer to one another by relative {@code $ref} (the
 * contract's schemas, or their frozen baseline), with just enough resolution to compare
 * schemas and records: follow a {@code $ref}, find a keyword through one.
 */
final class SchemaDocuments {

	private static final int MAX_REF_HOPS = 16;

	private final Function<String, JsonNode> loader;

	private final Map<String, JsonNode> loaded = new HashMap<>();

	private SchemaDocuments(Function<String, JsonNode> loader) {
		this.loader = loader;
	}

	/**
	 * The files under a classpath directory such as {@code schemas/}, named by their path
	 * below it.
	 */
	static SchemaDocuments onClasspath(String directory) {
		return new SchemaDocuments((path) -> readClasspath(directory + path));
	}

	/** Files given as JSON text by path, for testing the tools on small schemas. */
	static SchemaDocuments of(Map<String, String> jsonByPath) {
		return new SchemaDocuments((path) -> {
			String json = jsonByPath.get(path);
			if (json == null) {
				throw new IllegalArgumentException("No document " + path);
			}
			return parse(json);
		});
	}

	Located document(String path) {
		return new Located(path, this.loaded.computeIfAbsent(path, this.loader));
	}

	/** Follows {@code $ref}s until a schema that has none. */
	Located resolve(Located schema) {
		Located current = schema;
		for (int hop = 0; current.has("$ref"); hop++) {
			if (hop == MAX_REF_HOPS) {
				throw new IllegalStateException("Too many $ref hops from " + schema);
			}
			current = target(current);
		}
		return current;
	}

	/**
	 * A keyword of a schema: beside its {@code $ref} if it has one there (2020-12 allows
	 * siblings such as {@code description} or {@code minItems}), else in what the
	 * {@code $ref} points at.
	 */
	Located keyword(Located schema, String name) {
		Located current = schema;
		for (int hop = 0; current != null; hop++) {
			if (current.has(name)) {
				return current.get(name);
			}
			if (!current.has("$ref") || hop == MAX_REF_HOPS) {
				return null;
			}
			current = target(current);
		}
		return null;
	}

	private Located target(Located schema) {
		String ref = schema.node().get("$ref").asText();
		int hash = ref.indexOf('#');
		String file = (hash >= 0) ? ref.substring(0, hash) : ref;
		String pointer = (hash >= 0) ? ref.substring(hash + 1) : "";
		String document = file.isEmpty() ? schema.document()
				: URI.create(schema.document()).resolve(file).normalize().toString();
		JsonNode node = document(document).node().at(JsonPointer.compile(pointer));
		if (node.isMissingNode()) {
			throw new IllegalStateException("Unresolvable $ref " + ref + " in " + schema.document());
		}
		return new Located(document, node);
	}

	static JsonNode parse(String json) {
		try {
			return EventJson.mapper().readTree(json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static JsonNode readClasspath(String resource) {
		try (InputStream in = SchemaDocuments.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("No classpath resource " + resource);
			}
			return EventJson.mapper().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A node of a schema, with the document it is in, so that the relative {@code $ref}s
	 * in it resolve.
	 */
	record Located(String document, JsonNode node) {

		boolean has(String name) {
			return this.node.isObject() && this.node.has(name);
		}

		Located get(String name) {
			return new Located(this.document, this.node.get(name));
		}

		/** An element of an array, such as an {@code allOf} entry. */
		Located element(int index) {
			return new Located(this.document, this.node.get(index));
		}

		@Override
		public String toString() {
			return this.document + " " + this.node;
		}

	}

}
