package eu.sanctions.events;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import eu.sanctions.events.testing.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's start on a PostgreSQL server with autovacuum off is told in its log, and
 * only then.
 */
@ExtendWith(OutputCaptureExtension.class)
class EventTablesTest {

	@Test
	void warnsOnPostgresqlExactlyWhenAutovacuumIsOff(CapturedOutput output) throws SQLException {
		try (PostgresTestDatabase database = PostgresTestDatabase.create();
				Connection connection = DriverManager.getConnection(database.url(), database.username(),
						database.password());
				Statement statement = connection.createStatement()) {
			boolean off = !database.serverRunsAutovacuum();

			// The local server of the tests has it off, a Testcontainers one on.
			if (off) {
				assertThat(EventTables.autovacuumWarning(connection)).get()
					.asString()
					.startsWith("Autovacuum is off on this PostgreSQL server")
					.contains("autovacuum = on");
			}
			else {
				assertThat(EventTables.autovacuumWarning(connection)).isEmpty();
			}

			new EventTables(new DriverManagerDataSource(database.url(), database.username(), database.password()))
				.migrate();
			assertThat(output.getOut().contains("Autovacuum is off on this PostgreSQL server")).isEqualTo(off);
			try (ResultSet outbox = statement.executeQuery("SELECT COUNT(*) FROM event_outbox")) {
				assertThat(outbox.next()).as("migrated all the same").isTrue();
			}
		}
	}

	@Test
	void saysNothingOnH2(CapturedOutput output) throws SQLException {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:event-tables-autovacuum;DB_CLOSE_DELAY=-1");
		try (Connection connection = h2.getConnection()) {
			assertThat(EventTables.autovacuumWarning(connection)).isEmpty();
		}
		new EventTables(h2).migrate();
		assertThat(output.getOut()).doesNotContain("Autovacuum");
	}

}
