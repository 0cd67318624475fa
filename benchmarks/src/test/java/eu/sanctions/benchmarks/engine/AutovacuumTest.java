package eu.sanctions.benchmarks.engine;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.sanctions.events.testing.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The harness's stand-in for PostgreSQL's autovacuum: it decides as the daemon does, from
 * the server's settings, and vacuums and analyzes what is due on a real server.
 */
class AutovacuumTest {

	private static final Map<String, String> DEFAULTS = Map.ofEntries(Map.entry("autovacuum", "off"),
			Map.entry("autovacuum_naptime", "60"), Map.entry("autovacuum_vacuum_threshold", "50"),
			Map.entry("autovacuum_vacuum_scale_factor", "0.2"), Map.entry("autovacuum_vacuum_insert_threshold", "1000"),
			Map.entry("autovacuum_vacuum_insert_scale_factor", "0.2"), Map.entry("autovacuum_analyze_threshold", "50"),
			Map.entry("autovacuum_analyze_scale_factor", "0.1"), Map.entry("autovacuum_vacuum_cost_delay", "2"),
			Map.entry("autovacuum_vacuum_cost_limit", "-1"), Map.entry("vacuum_cost_delay", "0"),
			Map.entry("vacuum_cost_limit", "200"));

	@Test
	void decidesByTheDaemonsThresholds() {
		Autovacuum.Settings settings = Autovacuum.Settings.of(DEFAULTS);
		assertThat(settings.serverRunsIt()).isFalse();
		assertThat(settings.naptime()).isEqualTo(Duration.ofMinutes(1));
		assertThat(settings.costDelayMillis()).isEqualTo(2.0);
		assertThat(settings.costLimit()).as("-1: vacuum_cost_limit").isEqualTo(200);

		// 1 000 rows: vacuum past 250 dead rows or 1 200 inserted, analyze past 150
		// changed.
		assertThat(settings.workFor("public", "act_ru_task", 250, 0, 150, 1000)).isNull();
		assertThat(settings.workFor("public", "act_ru_task", 251, 0, 0, 1000).command())
			.isEqualTo("VACUUM \"public\".\"act_ru_task\"");
		assertThat(settings.workFor("public", "act_hi_detail", 0, 1201, 151, 1000).command())
			.isEqualTo("VACUUM (ANALYZE) \"public\".\"act_hi_detail\"");
		assertThat(settings.workFor("public", "renewal", 0, 0, 151, 1000).command())
			.isEqualTo("ANALYZE \"public\".\"renewal\"");
		assertThat(settings.workFor("odd\"schema", "t", 51, 0, 0, 0).table()).isEqualTo("\"odd\"\"schema\".\"t\"");

		Map<String, String> insertsOff = new HashMap<>(DEFAULTS);
		insertsOff.put("autovacuum_vacuum_insert_threshold", "-1");
		assertThat(Autovacuum.Settings.of(insertsOff).workFor("public", "act_hi_detail", 0, 1_000_000, 0, 0)).isNull();
	}

	@Test
	void vacuumsAndAnalyzesWhatIsDueOnTheServer() throws SQLException {
		try (PostgresTestDatabase database = PostgresTestDatabase.create();
				Connection connection = DriverManager.getConnection(database.url(), database.username(),
						database.password());
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE position_row (id INT PRIMARY KEY, state TEXT)");
			statement.execute("INSERT INTO position_row SELECT i, 'LT' FROM generate_series(1, 2000) i");
			statement.execute("DELETE FROM position_row WHERE id > 500");
			await().atMost(Duration.ofSeconds(30)).until(() -> deadRows(connection) >= 1500);

			Autovacuum.Tally tally = new Autovacuum.Tally();
			Autovacuum autovacuum = new Autovacuum(database.url(), database.username(), database.password(),
					Autovacuum.Settings.of(DEFAULTS), tally);
			autovacuum.pass(connection);

			assertThat(tally.vacuums()).isEqualTo(1);
			assertThat(tally.analyzes()).isZero();
			await().atMost(Duration.ofSeconds(30)).until(() -> deadRows(connection) == 0);
			try (ResultSet rows = statement.executeQuery("SELECT vacuum_count, analyze_count, reltuples "
					+ "FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid WHERE s.relname = 'position_row'")) {
				rows.next();
				assertThat(rows.getLong(1)).isEqualTo(1);
				assertThat(rows.getLong(2)).as("analyzed with the vacuum").isEqualTo(1);
				assertThat(rows.getDouble(3)).isEqualTo(500);
			}

			autovacuum.pass(connection);
			assertThat(tally.vacuums()).as("nothing due any more").isEqualTo(1);
			assertThat(tally.seconds()).isPositive();
		}
	}

	@Test
	void standsInOnlyWhereTheServerHasAutovacuumOff() throws SQLException {
		try (PostgresTestDatabase database = PostgresTestDatabase.create()) {
			Autovacuum.Tally tally = new Autovacuum.Tally();
			try (Autovacuum autovacuum = Autovacuum.forDatabase(database.url(), database.username(),
					database.password(), tally)) {
				assertThat(autovacuum.standingIn()).isEqualTo(!database.serverRunsAutovacuum());
				assertThat(tally.stoodIn()).isEqualTo(autovacuum.standingIn());
			}
		}
	}

	private static long deadRows(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("SELECT n_dead_tup FROM pg_stat_user_tables WHERE relname = 'position_row'")) {
			return rows.next() ? rows.getLong(1) : 0;
		}
	}

}
