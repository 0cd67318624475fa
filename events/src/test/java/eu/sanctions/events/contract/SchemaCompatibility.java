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
 * optional properties (readers ignore fields they do not know) or loosen a rule. It may
 * not
 * <ul>
 * <li>remove a property or change its type or format (readers expect them);</li>
 * <li>remove an enum value (writers send it), or add one (readers validate with their
 * copy of the schema, and Jackson maps values onto Java enums, so an unknown value is
 * refused); the same for a {@code const}, an enum of one value;</li>
 * <li>add or change a {@code pattern}: writers built against the baseline send values the
 * new one may refuse, and whether one regular expression accepts all that another does is
 * not something a build can tell, so any change but a removal counts as a
 * tightening;</li>
 * <li>require a property the baseline did not (writers omit it).</li>
 * </ul>
 * The same holds under {@code allOf} and in the {@code then} and {@code else} of a
 * conditional rule: there a property's entry is a constraint that applies when the
 * condition holds, and removing, retyping or newly requiring it, or adding a rule that
 * requires something, is just as breaking. A changed {@code if} is breaking whatever it
 * says: the rule now applies to other records. {@code allOf} entries are compared in
 * order, so a reordering shows as changes.
 * <p>
 * Types and enums are compared after resolving {@code $ref}s, so a change in
 * {@code common.v1.json} shows on every property that uses it. Lengths and bounds
 * ({@code minLength}, {@code maximum}, ...) are left to the reviewer.
 */
final class SchemaCompatibility {

	/** The keywords this comparison understands; the rest are left to the reviewer. */
	static final Set<String> COMPARED = Set.of("type", "format", "enum", "const", "pattern", "required", "properties",
			"items", "allOf", "if", "then", "else", "$ref");

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

	/**
	 * Compares two schemas at the same place; either may be absent ({@code null}): a
	 * conditional rule or an {@code allOf} entry added or removed.
	 */
	private void compare(String where, Located before, Located after, List<String> changes, int depth) {
		if (depth > MAX_DEPTH) {
			return;
		}
		if (before != null && after != null) {
			// A rule added or removed says nothing about the type of what it applies to.
			Set<String> typesBefore = strings(keyword(this.baseline, before, "type"));
			Set<String> typesAfter = strings(keyword(this.current, after, "type"));
			if (!typesBefore.equals(typesAfter)) {
				changes.add(where + ": type changed from " + typesBefore + " to " + typesAfter);
			}
			// A date and an instant are both strings, but not the same type to a reader.
			Set<String> formatBefore = strings(keyword(this.baseline, before, "format"));
			Set<String> formatAfter = strings(keyword(this.current, after, "format"));
			if (!formatBefore.equals(formatAfter)) {
				changes.add(where + ": format changed from " + formatBefore + " to " + formatAfter);
			}
		}
		compareEnums(where, before, after, changes);
		compareConst(where, before, after, changes);
		comparePattern(where, before, after, changes);
		Set<String> requiredBefore = strings(keyword(this.baseline, before, "required"));
		for (String name : strings(keyword(this.current, after, "required"))) {
			if (!requiredBefore.contains(name)) {
				changes.add(where + ": property " + name + " is newly required");
			}
		}
		Located propertiesBefore = keyword(this.baseline, before, "properties");
		Located propertiesAfter = keyword(this.current, after, "properties");
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
		Located itemsBefore = keyword(this.baseline, before, "items");
		Located itemsAfter = keyword(this.current, after, "items");
		if (itemsBefore != null && itemsAfter != null) {
			compare(where + "/items", itemsBefore, itemsAfter, changes, depth + 1);
		}
		compareConditions(where, before, after, changes, depth);
		compareAllOf(where, before, after, changes, depth);
	}

	private void compareConditions(String where, Located before, Located after, List<String> changes, int depth) {
		Located ifBefore = keyword(this.baseline, before, "if");
		Located ifAfter = keyword(this.current, after, "if");
		if (ifBefore == null && ifAfter == null) {
			return;
		}
		if (ifBefore != null && ifAfter != null && !ifBefore.node().equals(ifAfter.node())) {
			changes.add(where + ": the condition (if) changed from " + ifBefore.node() + " to " + ifAfter.node());
			return;
		}
		// The same condition, or a rule added (nothing before) or removed (nothing
		// after).
		Located ruleBefore = (ifBefore != null) ? before : null;
		Located ruleAfter = (ifAfter != null) ? after : null;
		for (String branch : List.of("then", "else")) {
			Located branchBefore = keyword(this.baseline, ruleBefore, branch);
			Located branchAfter = keyword(this.current, ruleAfter, branch);
			if (branchBefore != null || branchAfter != null) {
				compare(where + "/" + branch, branchBefore, branchAfter, changes, depth + 1);
			}
		}
	}

	private void compareAllOf(String where, Located before, Located after, List<String> changes, int depth) {
		Located allOfBefore = keyword(this.baseline, before, "allOf");
		Located allOfAfter = keyword(this.current, after, "allOf");
		int sizeBefore = (allOfBefore != null) ? allOfBefore.node().size() : 0;
		int sizeAfter = (allOfAfter != null) ? allOfAfter.node().size() : 0;
		for (int index = 0; index < Math.max(sizeBefore, sizeAfter); index++) {
			compare(where + "/allOf/" + index, (index < sizeBefore) ? allOfBefore.element(index) : null,
					(index < sizeAfter) ? allOfAfter.element(index) : null, changes, depth + 1);
		}
	}

	private void compareEnums(String where, Located before, Located after, List<String> changes) {
		Located enumBefore = keyword(this.baseline, before, "enum");
		Located enumAfter = keyword(this.current, after, "enum");
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

	/** A {@code const} is an enum of one value: any change is breaking. */
	private void compareConst(String where, Located before, Located after, List<String> changes) {
		Located constBefore = keyword(this.baseline, before, "const");
		Located constAfter = keyword(this.current, after, "const");
		if (constBefore == null && constAfter == null) {
			return;
		}
		if (constBefore == null) {
			changes.add(where + ": const " + constAfter.node() + " added");
		}
		else if (constAfter == null) {
			changes.add(where + ": const " + constBefore.node() + " removed");
		}
		else if (!constBefore.node().equals(constAfter.node())) {
			changes.add(where + ": const changed from " + constBefore.node() + " to " + constAfter.node());
		}
	}

	/** Removing a pattern loosens; adding or changing one may tighten. */
	private void comparePattern(String where, Located before, Located after, List<String> changes) {
		Located patternBefore = keyword(this.baseline, before, "pattern");
		Located patternAfter = keyword(this.current, after, "pattern");
		if (patternAfter == null) {
			return;
		}
		if (patternBefore == null) {
			changes.add(where + ": pattern " + patternAfter.node() + " added");
		}
		else if (!patternBefore.node().equals(patternAfter.node())) {
			changes.add(where + ": pattern changed from " + patternBefore.node() + " to " + patternAfter.node());
		}
	}

	private static Located keyword(SchemaDocuments documents, Located schema, String name) {
		return (schema != null) ? documents.keyword(schema, name) : null;
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
