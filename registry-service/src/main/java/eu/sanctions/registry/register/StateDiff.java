package eu.sanctions.registry.register;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import eu.sanctions.events.LegalAct;
import eu.sanctions.events.Listing;
import eu.sanctions.events.Measure;

/**
 * What changed between two states of a package, field by field and item by item, in
 * words: the history a reader of {@code /revisions} sees.
 */
final class StateDiff {

	private StateDiff() {
	}

	static List<Change> between(PackageState before, PackageState after) {
		List<Change> changes = new ArrayList<>();
		scalar(changes, "title", before, after, PackageState::title);
		scalar(changes, "issuer", before, after, PackageState::issuer);
		scalar(changes, "sanctionsMapId", before, after, PackageState::sanctionsMapId);
		scalar(changes, "programmes", before, after, PackageState::programmes);
		scalar(changes, "status", before, after, PackageState::status);
		scalar(changes, "adoptionDate", before, after, PackageState::adoptionDate);
		scalar(changes, "expiry", before, after, PackageState::expiry);
		scalar(changes, "renewalCycleMonths", before, after, PackageState::renewalCycleMonths);
		scalar(changes, "reviewWindowDays", before, after, PackageState::reviewWindowDays);
		scalar(changes, "lapsedOn", before, after, PackageState::lapsedOn);
		items(changes, "legalActs", items(before, PackageState::legalActs, StateDiff::identity),
				items(after, PackageState::legalActs, StateDiff::identity), StateDiff::describe);
		items(changes, "measures", items(before, PackageState::measures, StateDiff::identity),
				items(after, PackageState::measures, StateDiff::identity), StateDiff::describe);
		items(changes, "listings", items(before, PackageState::listings, Listing::euReferenceNumber),
				items(after, PackageState::listings, Listing::euReferenceNumber), StateDiff::describe);
		return changes;
	}

	private static void scalar(List<Change> changes, String field, PackageState before, PackageState after,
			Function<PackageState, Object> value) {
		Object old = (before != null) ? value.apply(before) : null;
		Object now = value.apply(after);
		if (!Objects.equals(old, now)) {
			changes.add(new Change(field, text(old), text(now)));
		}
	}

	private static <T> Map<String, T> items(PackageState state, Function<PackageState, List<T>> list,
			Function<T, String> id) {
		Map<String, T> byId = new LinkedHashMap<>();
		if (state != null) {
			list.apply(state).forEach((item) -> byId.put(id.apply(item), item));
		}
		return byId;
	}

	private static <T> void items(List<Change> changes, String field, Map<String, T> before, Map<String, T> after,
			Function<T, String> describe) {
		before.forEach((id, item) -> {
			T now = after.get(id);
			if (now == null) {
				changes.add(new Change(field + "/" + id, describe.apply(item), null));
			}
			else if (!now.equals(item)) {
				changes.add(new Change(field + "/" + id, describe.apply(item), describe.apply(now)));
			}
		});
		after.forEach((id, item) -> {
			if (!before.containsKey(id)) {
				changes.add(new Change(field + "/" + id, null, describe.apply(item)));
			}
		});
	}

	/** Measures and acts have no id of their own: each is identified by what it says. */
	private static String identity(Object item) {
		if (item instanceof Measure measure) {
			return measure.category() + ":" + Integer.toHexString(Objects.hash(measure.description()));
		}
		LegalAct act = (LegalAct) item;
		return (act.celex() != null) ? act.celex() : Integer.toHexString(Objects.hash(act.title()));
	}

	private static String describe(Object item) {
		if (item instanceof Measure measure) {
			return measure.category() + ": " + measure.description()
					+ ((measure.legalReference() != null) ? " (" + measure.legalReference() + ")" : "");
		}
		if (item instanceof LegalAct act) {
			return act.kind() + ": " + act.title();
		}
		Listing listing = (Listing) item;
		return listing.subjectType() + " " + String.join(" / ", listing.names());
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		return (value instanceof List<?> list) ? String.join(", ", list.stream().map(String::valueOf).toList())
				: value.toString();
	}

}
