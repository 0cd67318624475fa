package eu.sanctions.benchmarks.engine;

import java.nio.file.Path;

import eu.sanctions.events.testing.PostgresTestDatabase;

/**
 * A fresh, empty database for one bare-engine run: an H2 file, as renewal-service keeps
 * by default, or a new database on the PostgreSQL server, dropped afterwards.
 *
 * @param name {@code H2} or {@code PostgreSQL}
 * @param url its JDBC URL
 * @param username its user
 * @param password its password
 * @param dropped what closing it does
 */
public record EngineDatabase(String name, String url, String username, String password,
		AutoCloseable dropped) implements AutoCloseable {

	public static final String H2 = "H2";

	public static final String POSTGRESQL = "PostgreSQL";

	/**
	 * The options of renewal-service's default H2 URL (its {@code application.yml}), so
	 * that the bare engine's database behaves as the service's: the lock timeout, and the
	 * 64 MB page cache. {@code SameSettingsAsTheStackTest} holds the two together.
	 */
	public static final String RENEWAL_SERVICE_H2_OPTIONS = ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;CACHE_SIZE=65536";

	/** An H2 file database in that folder, with renewal-service's URL options. */
	public static EngineDatabase h2(Path folder) {
		return new EngineDatabase(H2, "jdbc:h2:file:" + folder.resolve("engine").toAbsolutePath()
				+ RENEWAL_SERVICE_H2_OPTIONS + StatementCounts.urlOptions(), "sa", "", () -> {
				});
	}

	/**
	 * A new database on the PostgreSQL server of the tests (127.0.0.1:5432), vacuumed as
	 * autovacuum would if the server has it off ({@link Autovacuum}).
	 */
	public static EngineDatabase postgres(Autovacuum.Tally tally) {
		PostgresTestDatabase database = PostgresTestDatabase.create();
		Autovacuum autovacuum = Autovacuum.forDatabase(database.url(), database.username(), database.password(), tally);
		return new EngineDatabase(POSTGRESQL, database.url(), database.username(), database.password(), () -> {
			try (database) {
				autovacuum.close();
			}
		});
	}

	@Override
	public void close() {
		try {
			this.dropped.close();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not drop the " + this.name + " database", ex);
		}
	}

}
