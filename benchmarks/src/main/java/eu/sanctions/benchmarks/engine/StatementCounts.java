package eu.sanctions.benchmarks.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * The statements the bare engine sends to H2, counted by H2 itself (its query
 * statistics), when {@code SANCTIONS_BENCH_SQL_STATS=1}: a figure that, unlike time on a
 * shared virtual machine, does not move from run to run, for telling what a change to the
 * process or the engine's settings saves. Off by default, as counting costs a little of
 * what is timed.
 */
final class StatementCounts {

	private static final String OPTIONS = ";QUERY_STATISTICS=TRUE;QUERY_STATISTICS_MAX_ENTRIES=1000";

	/** Leaves out the counting's own statements: the reset and these reports. */
	private static final String NOT_OURS = " WHERE SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'";

	private StatementCounts() {
	}

	static boolean wanted() {
		return "1".equals(System.getenv("SANCTIONS_BENCH_SQL_STATS"));
	}

	/** The options an H2 URL takes for the counting, if wanted. */
	static String urlOptions() {
		return wanted() ? OPTIONS : "";
	}

	/** Forgets what was counted so far (the warm-up). */
	static void reset(DataSource dataSource) {
		run(dataSource, (statement) -> {
			statement.execute("SET QUERY_STATISTICS FALSE");
			statement.execute("SET QUERY_STATISTICS TRUE");
			return null;
		});
	}

	/**
	 * The statements since the reset, per position: all of them, and the most frequent.
	 * @param dataSource the engine's
	 * @param positions the positions given since the reset
	 * @param top how many statements to name
	 * @return lines to print
	 */
	static String report(DataSource dataSource, int positions, int top) {
		return run(dataSource, (statement) -> {
			StringBuilder report = new StringBuilder();
			try (ResultSet all = statement.executeQuery("SELECT SUM(EXECUTION_COUNT), "
					+ "SUM(CUMULATIVE_EXECUTION_TIME) FROM INFORMATION_SCHEMA.QUERY_STATISTICS" + NOT_OURS)) {
				all.next();
				report.append(String.format(Locale.ROOT, "H2 statements per position: %.1f (%.2f ms in H2)%n",
						all.getLong(1) / (double) positions, all.getDouble(2) / positions));
			}
			try (ResultSet most = statement.executeQuery("SELECT EXECUTION_COUNT, CUMULATIVE_EXECUTION_TIME, "
					+ "SQL_STATEMENT FROM INFORMATION_SCHEMA.QUERY_STATISTICS" + NOT_OURS
					+ " ORDER BY EXECUTION_COUNT DESC LIMIT " + top)) {
				while (most.next()) {
					String sql = most.getString(3).replaceAll("\\s+", " ");
					report.append(String.format(Locale.ROOT, "  %6.2f per position, %6.3f ms: %s%n",
							most.getLong(1) / (double) positions, most.getDouble(2) / positions,
							sql.substring(0, Math.min(110, sql.length()))));
				}
			}
			return report.toString();
		});
	}

	private static <T> T run(DataSource dataSource, Work<T> work) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			return work.on(statement);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("H2's query statistics could not be read", ex);
		}
	}

	@FunctionalInterface
	private interface Work<T> {

		T on(Statement statement) throws SQLException;

	}

}
