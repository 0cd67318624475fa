package eu.sanctions.events;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * Creates and evolves the tables of the outbox, the inbox and the relay's lock in a
 * service's database. They have their own Flyway history table, so the library's
 * migrations never interleave with the service's own.
 */
public final class EventTables {

	static final String HISTORY_TABLE = "flyway_events_history";

	private final DataSource dataSource;

	public EventTables(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Brings the tables to the library's current version; does nothing if they are there.
	 */
	public void migrate() {
		migrate(this.dataSource);
	}

	public static void migrate(DataSource dataSource) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:eu/sanctions/events/db")
			.table(HISTORY_TABLE)
			.baselineOnMigrate(true)
			.baselineVersion("0")
			.load()
			.migrate();
	}

}
