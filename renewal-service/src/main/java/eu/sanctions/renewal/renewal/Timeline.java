package eu.sanctions.renewal.renewal;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What happened to each renewal, in order: every event it published, and what came in
 * that changed nothing (a late registry answer, a position that could not be applied).
 */
@Repository
public class Timeline {

	static final int MAX_SUMMARY = 2000;

	private final JdbcClient jdbc;

	Timeline(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds an entry, if the renewal is known; an unknown one has no timeline. */
	public void add(String renewalId, Instant at, String type, String summary, String eventId) {
		this.jdbc.sql("""
				INSERT INTO renewal_timeline (renewal_id, occurred_at, event_type, summary, event_id)
				SELECT id, ?, ?, ?, ? FROM renewal WHERE id = ?""")
			.params(Timestamp.from(at), type, abbreviated(summary), eventId, renewalId)
			.update();
	}

	private static String abbreviated(String summary) {
		return (summary.length() > MAX_SUMMARY) ? summary.substring(0, MAX_SUMMARY - 3) + "..." : summary;
	}

}
