package eu.sanctions.registry.renewals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The renewal events the registry refused, and why: a redelivery of one is refused again
 * for the same reason, without telling the renewal twice.
 */
@Repository
class RefusedEvents {

	private final JdbcClient jdbc;

	RefusedEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(String consumer, String eventId, String reason, String detail, Instant at) {
		this.jdbc.sql("""
				INSERT INTO refused_event (consumer, event_id, reason, detail, refused_at) VALUES (?, ?, ?, ?, ?)""")
			.params(consumer, eventId, reason, detail, Timestamp.from(at))
			.update();
	}

	Optional<Refusal> find(String consumer, String eventId) {
		return this.jdbc.sql("SELECT reason, detail FROM refused_event WHERE consumer = ? AND event_id = ?")
			.params(consumer, eventId)
			.query((rows, index) -> new Refusal(rows.getString("reason"), rows.getString("detail")))
			.optional();
	}

	record Refusal(String reason, String detail) {
	}

}
