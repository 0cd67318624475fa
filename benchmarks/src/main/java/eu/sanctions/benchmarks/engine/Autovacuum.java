package eu.sanctions.benchmarks.engine;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL's autovacuum, done by the harness for one database it created, when the
 * server has its own switched off ({@code autovacuum = off}, as on the machine these
 * benchmarks were written on); when the server has it on, this does nothing. A deployment
 * keeps autovacuum on, PostgreSQL's default: without it, the engine's runtime tables,
 * whose rows a position inserts and deletes or updates, keep every dead row version, and
 * the planner never learns their sizes. On 30 November a stack ten minutes old read 200
 * 000 index entries per position from {@code ACT_RU_VARIABLE} through an index the
 * planner chose on no statistics, for rows it then threw away, and the outbox relay read
 * every event ever written on each pass.
 * <p>
 * It does what the daemon would, by the server's own settings: every
 * {@code autovacuum_naptime} it vacuums each table whose dead rows, or rows inserted
 * since its last vacuum, pass their threshold (a base plus a scale factor times the
 * table's rows), and analyzes each table whose rows changed since its last analysis pass
 * theirs, at the daemon's cost limit and delay. What it did is added to a {@link Tally}.
 */
public final class Autovacuum implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Autovacuum.class);

	private static final String TABLES = """
			SELECT s.schemaname, s.relname, s.n_dead_tup, s.n_ins_since_vacuum, s.n_mod_since_analyze,
			       GREATEST(c.reltuples, 0)
			FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid""";

	private final String url;

	private final String username;

	private final String password;

	private final Settings settings;

	private final Tally tally;

	private final Thread thread;

	private volatile boolean closed;

	Autovacuum(String url, String username, String password, Settings settings, Tally tally) {
		this.url = url;
		this.username = username;
		this.password = password;
		this.settings = settings;
		this.tally = tally;
		this.thread = new Thread(this::run, "autovacuum-stand-in");
		this.thread.setDaemon(true);
	}

	/**
	 * Starts vacuuming the database as autovacuum would, if the server has autovacuum
	 * off; otherwise the result does nothing.
	 */
	public static Autovacuum forDatabase(String url, String username, String password, Tally tally) {
		Settings settings;
		try (Connection connection = DriverManager.getConnection(url, username, password)) {
			settings = Settings.of(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the autovacuum settings of " + url, ex);
		}
		Autovacuum autovacuum = new Autovacuum(url, username, password, settings, tally);
		if (autovacuum.standingIn()) {
			tally.standingIn.set(true);
			autovacuum.thread.start();
		}
		return autovacuum;
	}

	/** Whether it stands in for the server's autovacuum, which is off. */
	public boolean standingIn() {
		return !this.settings.serverRunsIt();
	}

	/** Stops, once a command under way has ended. */
	@Override
	public void close() {
		this.closed = true;
		if (!this.thread.isAlive()) {
			return;
		}
		this.thread.interrupt();
		try {
			this.thread.join(Duration.ofSeconds(30).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void run() {
		while (!this.closed) {
			try {
				Thread.sleep(this.settings.naptime().toMillis());
			}
			catch (InterruptedException ex) {
				return;
			}
			try (Connection connection = DriverManager.getConnection(this.url, this.username, this.password)) {
				pass(connection);
			}
			catch (SQLException ex) {
				if (!this.closed) {
					log.warn("Autovacuum stand-in: a pass over {} failed: {}", this.url, ex.getMessage());
				}
			}
		}
	}

	/** One visit of the database, as one autovacuum worker's. */
	void pass(Connection connection) throws SQLException {
		List<Work> work = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(TABLES)) {
			while (rows.next()) {
				Work table = this.settings.workFor(rows.getString(1), rows.getString(2), rows.getLong(3),
						rows.getLong(4), rows.getLong(5), rows.getDouble(6));
				if (table != null) {
					work.add(table);
				}
			}
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET vacuum_cost_delay = '" + this.settings.costDelayMillis() + "ms'");
			statement.execute("SET vacuum_cost_limit = " + this.settings.costLimit());
			for (Work table : work) {
				if (this.closed) {
					return;
				}
				long began = System.nanoTime();
				statement.execute(table.command());
				this.tally.nanos.addAndGet(System.nanoTime() - began);
				(table.vacuum() ? this.tally.vacuums : this.tally.analyzes).incrementAndGet();
			}
		}
	}

	/**
	 * What the harness did in autovacuum's stead, over every database it created in a
	 * run.
	 */
	public static final class Tally {

		private final AtomicLong vacuums = new AtomicLong();

		private final AtomicLong analyzes = new AtomicLong();

		private final AtomicLong nanos = new AtomicLong();

		private final AtomicBoolean standingIn = new AtomicBoolean();

		/** Whether any server had autovacuum off, so that the harness stood in. */
		public boolean stoodIn() {
			return this.standingIn.get();
		}

		public long vacuums() {
			return this.vacuums.get();
		}

		public long analyzes() {
			return this.analyzes.get();
		}

		public double seconds() {
			return this.nanos.get() / 1e9;
		}

	}

	/**
	 * A table's due work.
	 *
	 * @param table its quoted, qualified name
	 * @param vacuum vacuum (and analyze, if due too), or analyze only
	 * @param analyze analyze too
	 */
	record Work(String table, boolean vacuum, boolean analyze) {

		String command() {
			if (!this.vacuum) {
				return "ANALYZE " + this.table;
			}
			return (this.analyze ? "VACUUM (ANALYZE) " : "VACUUM ") + this.table;
		}

	}

	/**
	 * The server's autovacuum settings ({@code pg_settings}).
	 *
	 * @param serverRunsIt {@code autovacuum} is on
	 * @param naptime {@code autovacuum_naptime}
	 * @param vacuumThreshold {@code autovacuum_vacuum_threshold}
	 * @param vacuumScaleFactor {@code autovacuum_vacuum_scale_factor}
	 * @param insertThreshold {@code autovacuum_vacuum_insert_threshold} ({@code -1}: off)
	 * @param insertScaleFactor {@code autovacuum_vacuum_insert_scale_factor}
	 * @param analyzeThreshold {@code autovacuum_analyze_threshold}
	 * @param analyzeScaleFactor {@code autovacuum_analyze_scale_factor}
	 * @param costDelayMillis {@code autovacuum_vacuum_cost_delay}, or
	 * {@code vacuum_cost_delay} where it is -1
	 * @param costLimit {@code autovacuum_vacuum_cost_limit}, or {@code vacuum_cost_limit}
	 * where it is -1
	 */
	record Settings(boolean serverRunsIt, Duration naptime, long vacuumThreshold, double vacuumScaleFactor,
			long insertThreshold, double insertScaleFactor, long analyzeThreshold, double analyzeScaleFactor,
			double costDelayMillis, long costLimit) {

		static Settings of(Connection connection) throws SQLException {
			Map<String, String> values = new HashMap<>();
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT name, setting FROM pg_settings WHERE name IN "
							+ "('autovacuum', 'autovacuum_naptime', 'autovacuum_vacuum_threshold', "
							+ "'autovacuum_vacuum_scale_factor', 'autovacuum_vacuum_insert_threshold', "
							+ "'autovacuum_vacuum_insert_scale_factor', 'autovacuum_analyze_threshold', "
							+ "'autovacuum_analyze_scale_factor', 'autovacuum_vacuum_cost_delay', "
							+ "'autovacuum_vacuum_cost_limit', 'vacuum_cost_delay', 'vacuum_cost_limit')")) {
				while (rows.next()) {
					values.put(rows.getString(1), rows.getString(2));
				}
			}
			return of(values);
		}

		/** From {@code pg_settings}' {@code setting} column (times in its units). */
		static Settings of(Map<String, String> values) {
			double delay = Double.parseDouble(values.get("autovacuum_vacuum_cost_delay"));
			long limit = Long.parseLong(values.get("autovacuum_vacuum_cost_limit"));
			return new Settings("on".equals(values.get("autovacuum")),
					Duration.ofSeconds(Long.parseLong(values.get("autovacuum_naptime"))),
					Long.parseLong(values.get("autovacuum_vacuum_threshold")),
					Double.parseDouble(values.get("autovacuum_vacuum_scale_factor")),
					Long.parseLong(values.get("autovacuum_vacuum_insert_threshold")),
					Double.parseDouble(values.get("autovacuum_vacuum_insert_scale_factor")),
					Long.parseLong(values.get("autovacuum_analyze_threshold")),
					Double.parseDouble(values.get("autovacuum_analyze_scale_factor")),
					(delay < 0) ? Double.parseDouble(values.get("vacuum_cost_delay")) : delay,
					(limit < 0) ? Long.parseLong(values.get("vacuum_cost_limit")) : limit);
		}

		/** What autovacuum would do to a table now, or {@code null}: nothing. */
		Work workFor(String schema, String table, long deadRows, long insertedSinceVacuum, long changedSinceAnalyze,
				double rows) {
			boolean vacuum = deadRows > this.vacuumThreshold + this.vacuumScaleFactor * rows
					|| (this.insertThreshold >= 0
							&& insertedSinceVacuum > this.insertThreshold + this.insertScaleFactor * rows);
			boolean analyze = changedSinceAnalyze > this.analyzeThreshold + this.analyzeScaleFactor * rows;
			if (!vacuum && !analyze) {
				return null;
			}
			return new Work(quoted(schema) + "." + quoted(table), vacuum, analyze);
		}

		private static String quoted(String identifier) {
			return '"' + identifier.replace("\"", "\"\"") + '"';
		}

	}

}
