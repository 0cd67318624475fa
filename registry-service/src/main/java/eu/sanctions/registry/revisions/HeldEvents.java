package eu.sanctions.registry.revisions;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.sanctions.events.EventType;
import eu.sanctions.events.SanctionsEvent;
import eu.sanctions.events.cloudevents.EventJson;
import eu.sanctions.registry.register.Revision;

/**
 * Events that say a revision is in force ({@code measures-lapsed}: the measures no longer
 * apply), held from when the revision is recorded until the day it takes effect.
 */
@Repository
class HeldEvents {

	private final JdbcClient jdbc;

	private final ObjectMapper json = EventJson.mapper();

	HeldEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void hold(Revision revision, List<SanctionsEvent> events) {
		for (int index = 0; index < events.size(); index++) {
			SanctionsEvent event = events.get(index);
			this.jdbc.sql("""
					INSERT INTO held_event (package_key, revision, event_index, event_type, data)
					VALUES (?, ?, ?, ?, ?)""")
				.params(revision.packageKey(), revision.number(), index, EventType.of(event).type(), write(event))
				.update();
		}
	}

	/** The events held for a revision, in the order they were held, and forgets them. */
	List<SanctionsEvent> release(String packageKey, long revision) {
		List<SanctionsEvent> events = this.jdbc.sql("""
				SELECT event_type, data FROM held_event WHERE package_key = ? AND revision = ? ORDER BY event_index""")
			.params(packageKey, revision)
			.query((rows, index) -> read(rows.getString("event_type"), rows.getString("data")))
			.list();
		this.jdbc.sql("DELETE FROM held_event WHERE package_key = ? AND revision = ?")
			.params(packageKey, revision)
			.update();
		return events;
	}

	private String write(SanctionsEvent event) {
		try {
			return this.json.writeValueAsString(event);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot write " + event.getClass().getSimpleName() + " as JSON", ex);
		}
	}

	private SanctionsEvent read(String type, String data) {
		EventType eventType = EventType.ofType(type)
			.orElseThrow(() -> new IllegalStateException("A held event of an unknown type: " + type));
		try {
			return this.json.readValue(data, eventType.recordType());
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A held " + type + " is not readable", ex);
		}
	}

}
