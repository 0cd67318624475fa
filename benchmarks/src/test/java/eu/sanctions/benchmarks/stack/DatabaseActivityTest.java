package eu.sanctions.benchmarks.stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.sanctions.events.testing.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The databases' figures per position come from the server's statistics of each service's
 * own database, and count what was done between two readings.
 */
class DatabaseActivityTest {

	@Test
	void countsTheCommitsAndRowsOfEachServicesDatabaseOnTheServer() throws SQLException {
		try (PostgresTestDatabase busy = PostgresTestDatabase.create();
				PostgresTestDatabase quiet = PostgresTestDatabase.create()) {
			Map<String, String> names = Map.of("renewal", busy.name(), "registry", quiet.name());
			try (Connection connection = DriverManager.getConnection(busy.url(), busy.username(), busy.password());
					Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE t (id INT PRIMARY KEY, v INT)");
				// The backend reports its figures to the server before it answers this.
				statement.execute("SELECT pg_stat_force_next_flush()");
			}
			// Read over a connection to the other database, so that the readings add
			// nothing to the one measured.
			Map<String, DatabaseActivity.Counts> before = DatabaseActivity.read(names, quiet.url(), quiet.username(),
					quiet.password());

			// 40 times: 3 rows written and 1 read back, 4 transactions.
			try (Connection connection = DriverManager.getConnection(busy.url(), busy.username(), busy.password());
					Statement statement = connection.createStatement()) {
				for (int i = 0; i < 40; i++) {
					statement.execute("INSERT INTO t VALUES (" + i + ", 0)");
					statement.execute("UPDATE t SET v = 1 WHERE id = " + i);
					statement.execute("INSERT INTO t VALUES (" + (1000 + i) + ", 0)");
					statement.execute("SELECT v FROM t WHERE id = " + i);
				}
				statement.execute("SELECT pg_stat_force_next_flush()");
			}

			DatabaseActivity activity = DatabaseActivity.between(before,
					DatabaseActivity.read(names, quiet.url(), quiet.username(), quiet.password()), 20);
			DatabaseActivity.PerPosition renewal = activity.byService().get("renewal");
			// Per "position", 20 of them: 160 transactions, the flush's and the
			// driver's few at connecting; 120 rows written; at least the 40 read back.
			assertThat(renewal.commits()).isBetween(8.05, 8.25);
			assertThat(renewal.rowsWritten()).isEqualTo(6.0);
			assertThat(renewal.rowsRead()).isGreaterThanOrEqualTo(2.0);
			assertThat(activity.byService().get("registry").rowsWritten()).isZero();
		}
	}

	@Test
	void readsTheDatabaseEachServiceIsConnectedTo() throws SQLException {
		try (PostgresTestDatabase database = PostgresTestDatabase.create();
				Connection connection = DriverManager.getConnection(database.url(), database.username(),
						database.password());
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT current_database()")) {
			rows.next();
			assertThat(database.name()).startsWith("sanctions_test_").isEqualTo(rows.getString(1));
		}
	}

	@Test
	void leavesOutAServiceNotReadBothTimes() {
		DatabaseActivity activity = DatabaseActivity.between(
				Map.of("renewal", new DatabaseActivity.Counts(100, 1000, 5000)), Map.of("renewal",
						new DatabaseActivity.Counts(150, 1600, 9000), "registry", new DatabaseActivity.Counts(7, 7, 7)),
				200);
		assertThat(activity.byService()).containsOnlyKeys("renewal");
		assertThat(activity.byService().get("renewal")).isEqualTo(new DatabaseActivity.PerPosition(0.25, 3.0, 20.0));
	}

}
