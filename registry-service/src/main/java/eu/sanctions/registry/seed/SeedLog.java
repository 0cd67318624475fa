package eu.sanctions.registry.seed;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The seeds this database has had. */
@Repository
class SeedLog {

	private final JdbcClient jdbc;

	SeedLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean applied(String name) {
		return this.jdbc.sql("SELECT COUNT(*) FROM registry_seed WHERE name = ?")
			.param(name)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Claims the seed for this transaction: a second node starting at the same moment
	 * waits on the key, then fails, and its transaction rolls back.
	 */
	void claim(String name, Instant at) {
		this.jdbc.sql("INSERT INTO registry_seed (name, applied_at) VALUES (?, ?)")
			.params(name, Timestamp.from(at))
			.update();
	}

}
