package eu.sanctions.events;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and evolves the tables of the outbox, the inbox and the relay's lock in a
 * service's database. They have their own Flyway history table, so the library's
 * migrations never interleave with the service's own. A service that starts on a
 * PostgreSQL server with autovacuum off says so in its log.
 */
public final class EventTables {

	private static final Logger log = LoggerFactory.getLogger(EventTables.class);

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
		try (Connection connection = this.dataSource.getConnection()) {
			autovacuumWarning(connection).ifPresent(log::warn);
		}
		catch (SQLException ex) {
			log.debug("Could not ask the database whether autovacuum is on: {}", ex.getMessage());
		}
	}

	/**
	 * A warning when the database is PostgreSQL with autovacuum off. The outbox, the
	 * inbox and, in renewal-service, the engine's runtime tables update or delete a row
	 * for nearly every row they insert; without autovacuum the dead versions stay, every
	 * index scan reads past them, and the planner never learns the tables' sizes: ten
	 * minutes into a benchmark on such a server, renewal-service's queries read some 200
	 * 000 index entries per position ({@code benchmarks/BENCHMARKS.md}).
	 */
	static Optional<String> autovacuumWarning(Connection connection) throws SQLException {
		if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
			return Optional.empty();
		}
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SHOW autovacuum")) {
			if (rows.next() && !"on".equals(rows.getString(1))) {
				return Optional.of("Autovacuum is off on this PostgreSQL server: the dead rows of this service's "
						+ "tables (the outbox, the inbox, and in renewal-service the process engine's) are never "
						+ "cleaned up and the planner has no statistics, so queries slow down as the tables churn. "
						+ "Turn it on (autovacuum = on, PostgreSQL's default), or vacuum and analyze this database "
						+ "regularly.");
			}
		}
		return Optional.empty();
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
