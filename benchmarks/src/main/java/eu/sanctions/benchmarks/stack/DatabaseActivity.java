package eu.sanctions.benchmarks.stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each service's PostgreSQL database did during a workload, from the server's own
 * statistics ({@code pg_stat_database}): transactions committed, rows written (inserted,
 * updated, deleted) and rows read (returned by scans and fetched through indexes), per
 * position. Unlike processor time these do not move with the machine's speed, so a change
 * that saves the database work shows in them whatever the hour.
 * <p>
 * PostgreSQL's backends report their counts at most once a second while busy, and up to
 * ten seconds late once idle: a figure taken right after a workload can miss about the
 * last second's work of each connection, some 2 % of a minute's workload.
 *
 * @param byService the figures per position of each service's database, by service
 */
public record DatabaseActivity(Map<String, PerPosition> byService) {

	/**
	 * One database's figures per position.
	 *
	 * @param commits transactions committed, read-only ones included
	 * @param rowsWritten rows inserted, updated and deleted
	 * @param rowsRead rows returned by sequential scans and index entries returned, and
	 * rows fetched through indexes
	 */
	public record PerPosition(double commits, double rowsWritten, double rowsRead) {
	}

	/**
	 * A database's counts since the server's statistics were last reset.
	 *
	 * @param commits {@code xact_commit}
	 * @param written {@code tup_inserted + tup_updated + tup_deleted}
	 * @param read {@code tup_returned + tup_fetched}
	 */
	public record Counts(long commits, long written, long read) {
	}

	/**
	 * The figures per position between two readings, for the services read both times.
	 */
	public static DatabaseActivity between(Map<String, Counts> before, Map<String, Counts> after, long positions) {
		Map<String, PerPosition> byService = new LinkedHashMap<>();
		after.forEach((service, end) -> {
			Counts start = before.get(service);
			if (start != null && positions > 0) {
				byService.put(service,
						new PerPosition(perPosition(end.commits() - start.commits(), positions),
								perPosition(end.written() - start.written(), positions),
								perPosition(end.read() - start.read(), positions)));
			}
		});
		return new DatabaseActivity(byService);
	}

	/**
	 * Reads the counts of the named databases, by service, over one connection to the
	 * server.
	 * @param databases each service's database name
	 * @param url a JDBC URL of any database on the server
	 */
	static Map<String, Counts> read(Map<String, String> databases, String url, String username, String password) {
		Map<String, Counts> counts = new LinkedHashMap<>();
		try (Connection connection = DriverManager.getConnection(url, username, password);
				PreparedStatement select = connection.prepareStatement("""
						SELECT xact_commit, tup_inserted + tup_updated + tup_deleted, tup_returned + tup_fetched
						FROM pg_stat_database WHERE datname = ?""")) {
			for (Map.Entry<String, String> database : databases.entrySet()) {
				select.setString(1, database.getValue());
				try (ResultSet rows = select.executeQuery()) {
					if (rows.next()) {
						counts.put(database.getKey(), new Counts(rows.getLong(1), rows.getLong(2), rows.getLong(3)));
					}
				}
			}
			return counts;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the databases' statistics", ex);
		}
	}

	private static double perPosition(long count, long positions) {
		return Math.round(count * 100.0 / positions) / 100.0;
	}

}
