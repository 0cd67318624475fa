package eu.sanctions.processes.process;

import java.util.ArrayList;
import java.util.List;

import eu.sanctions.events.EventType;
import eu.sanctions.events.SanctionsEvent;
import eu.sanctions.events.cloudevents.EventJson;
import eu.sanctions.events.cloudevents.EventSchemas;

/**
 * The events port as renewal-service's outbox treats it: an event that breaks its schema
 * throws (so the step that emitted it fails), the others are kept in order.
 */
final class RecordingRenewalEvents implements RenewalEvents {

	private static final EventSchemas SCHEMAS = new EventSchemas();

	private final List<SanctionsEvent> published = new ArrayList<>();

	@Override
	public synchronized void publish(SanctionsEvent event) {
		List<String> violations = violations(event);
		if (!violations.isEmpty()) {
			throw new IllegalArgumentException(EventType.of(event) + " breaks its schema: " + violations);
		}
		this.published.add(event);
	}

	synchronized List<SanctionsEvent> published() {
		return List.copyOf(this.published);
	}

	synchronized <T extends SanctionsEvent> List<T> published(Class<T> type) {
		return this.published.stream().filter(type::isInstance).map(type::cast).toList();
	}

	synchronized <T extends SanctionsEvent> T last(Class<T> type) {
		List<T> events = published(type);
		if (events.isEmpty()) {
			throw new AssertionError("No " + type.getSimpleName() + " was published; published: " + types());
		}
		return events.get(events.size() - 1);
	}

	/**
	 * The types of the events published, in order, repeated runs collapsed:
	 * {@code PositionRecorded x27}.
	 */
	synchronized List<String> types() {
		List<String> types = new ArrayList<>();
		String previous = null;
		int count = 0;
		for (SanctionsEvent event : this.published) {
			String type = event.getClass().getSimpleName();
			if (type.equals(previous)) {
				count++;
				continue;
			}
			if (previous != null) {
				types.add((count > 1) ? previous + " x" + count : previous);
			}
			previous = type;
			count = 1;
		}
		if (previous != null) {
			types.add((count > 1) ? previous + " x" + count : previous);
		}
		return types;
	}

	synchronized void clear() {
		this.published.clear();
	}

	static List<String> violations(SanctionsEvent event) {
		return SCHEMAS.violations(EventType.of(event), EventJson.mapper().valueToTree(event));
	}

}
