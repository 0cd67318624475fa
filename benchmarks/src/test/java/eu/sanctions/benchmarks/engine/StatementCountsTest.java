package eu.sanctions.benchmarks.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statement counts of the bare engine's H2 database: what ran since the reset, per
 * position, and nothing from before it.
 */
class StatementCountsTest {

	@Test
	void countsTheStatementsSinceTheResetPerPosition() throws SQLException {
		JdbcDataSource database = new JdbcDataSource();
		database.setURL("jdbc:h2:mem:statement-counts;QUERY_STATISTICS=TRUE");
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE POSITION_ROW (ID INT)");
			statement.execute("INSERT INTO POSITION_ROW VALUES (0)");

			StatementCounts.reset(database);
			for (int i = 1; i <= 8; i++) {
				statement.execute("INSERT INTO POSITION_ROW VALUES (" + i + ")");
			}
			statement.execute("SELECT COUNT(*) FROM POSITION_ROW");
			statement.execute("SELECT COUNT(*) FROM POSITION_ROW");

			String report = StatementCounts.report(database, 2, 5);
			assertThat(report).startsWith("H2 statements per position: 5.0 (")
				.contains("0.50 per position")
				.doesNotContain("CREATE TABLE");
		}
	}

}
