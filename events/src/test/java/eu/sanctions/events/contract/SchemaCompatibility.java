package eu.sanctions.events.contract;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import eu.sanctions.events.contract.SchemaDocuments.Located;

/**
 * Compares a schema with its frozen baseline and lists what would break the services and
 * integrators built against the baseline. Within a major version a schema may only add
 * optional properties (readers ignore fields they do not know). It may not remove a
 * property or change its type or format (readers expect them), remove an enum value
 * (writers send it), add an enum value (readers validate with their copy of the schema,
 * and Jackson maps values onto Java enums, so an unknown value is refused), or require a
 * property the baseline did not (writers omit it).
 * <p>
 * Types and enums are compared after resolving {@code $ref}s, so a change in
 * {@code common.v1.json} shows on every property that uses it. Conditional rules
 * ({@code if}/{@code then}, {@code allOf}) are not compared.
 */
final class SchemaCompatibility {

	private static final int MAX_DEPTH = 32;

	private final SchemaDocuments baseline;

	private final SchemaDocuments current;

	SchemaCompatibility(SchemaDocuments baseline, SchemaDocuments current) {
		this.baseline = baseline;
		this.current = current;
	}

	/**
	 * What breaks compatibility in the schema at this path, one line each; empty when it
	 * is compatible.
	 */
	List<String> breakingChanges(String path) {
		List<String> changes = new ArrayList<>();
		compare(path + "#", this.baseline.document(path), this.current.document(path), changes, 0);
		return changes;
	}

	private void compare(String where, Located before, Located after, List<String> changes, int depth) {
		if (depth > MAX_DEPTH) {
			return;
		}
		Set<String> typesBefore = types(this.baseline, before);
		Set<String> typesAfter = types(this.current, after);
		if (!typesBefore.equals(typesAfter)) {
			changes.add(where + ": type changed from " + typesBefore + " to " + typesAfter);
		}
		// A date and an instant are both strings, but not the same type to a reader.
		Set<String> formatBefore = strings(this.baseline.keyword(before, "format"));
		Set<String> formatAfter = strings(this.current.keyword(after, "format"));
		if (!formatBefore.equals(formatAfter)) {
			changes.add(where + ": format changed from " + formatBefore + " to " + formatAfter);
		}
		compareEnums(where, before, after, changes);
		Set<String> requiredBefore = strings(this.baseline.keyword(before, "required"));
		for (String name : strings(this.current.keyword(after, "required"))) {
			if (!requiredBefore.contains(name)) {
				changes.add(where + ": property " + name + " is newly required");
			}
		}
		Located propertiesBefore = this.baseline.keyword(before, "properties");
		Located propertiesAfter = this.current.keyword(after, "properties");
		if (propertiesBefore != null) {
			Iterator<String> names = propertiesBefore.node().fieldNames();
			while (names.hasNext()) {
				String name = names.next();
				if (propertiesAfter == null || !propertiesAfter.has(name)) {
					changes.add(where + ": property " + name + " was removed");
				}
				else {
					compare(where + "/properties/" + name, propertiesBefore.get(name), propertiesAfter.get(name),
							changes, depth + 1);
				}
			}
		}
		Located itemsBefore = this.baseline.keyword(before, "items");
		Located itemsAfter = this.current.keyword(after, "items");
		if (itemsBefore != null && itemsAfter != null) {
			compare(where + "/items", itemsBefore, itemsAfter, changes, depth + 1);
		}
	}

	private void compareEnums(String where, Located before, Located after, List<String> changes) {
		Located enumBefore = this.baseline.keyword(before, "enum");
		Located enumAfter = this.current.keyword(after, "enum");
		if (enumBefore == null && enumAfter == null) {
			return;
		}
		if (enumBefore == null || enumAfter == null) {
			changes.add(where + ": enum " + ((enumBefore == null) ? "added" : "removed"));
			return;
		}
		Set<String> valuesBefore = strings(enumBefore);
		Set<String> valuesAfter = strings(enumAfter);
		Set<String> removed = new TreeSet<>(valuesBefore);
		removed.removeAll(valuesAfter);
		Set<String> added = new TreeSet<>(valuesAfter);
		added.removeAll(valuesBefore);
		if (!removed.isEmpty()) {
			changes.add(where + ": enum values removed " + removed);
		}
		if (!added.isEmpty()) {
			changes.add(where + ": enum values added " + added);
		}
	}

	private static Set<String> types(SchemaDocuments documents, Located schema) {
		return strings(documents.keyword(schema, "type"));
	}

	private static Set<String> strings(Located located) {
		Set<String> values = new LinkedHashSet<>();
		if (located == null) {
			return values;
		}
		JsonNode node = located.node();
		if (node.isArray()) {
			node.forEach((value) -> values.add(value.asText()));
		}
		else {
			values.add(node.asText());
		}
		return values;
	}

}
