package eu.sanctions.registry.renewals;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The renewal-due events published, one per (package, expiry): the primary key makes a
 * second one impossible, whichever node tries.
 */
@Repository
class DueNotices {

	private final JdbcClient jdbc;

	DueNotices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(String packageKey, LocalDate expiry) {
		return this.jdbc.sql("SELECT COUNT(*) FROM renewal_due_notice WHERE package_key = ? AND expiry = ?")
			.params(packageKey, expiry)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException if another transaction
	 * recorded it first
	 */
	void record(String packageKey, LocalDate expiry, String eventId, Instant at) {
		this.jdbc.sql("INSERT INTO renewal_due_notice (package_key, expiry, event_id, emitted_at) VALUES (?, ?, ?, ?)")
			.params(packageKey, expiry, eventId, Timestamp.from(at))
			.update();
	}

}
