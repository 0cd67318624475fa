package eu.sanctions.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import eu.sanctions.events.testing.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The system's processor time per position is its processes' alone: the harness, which
 * sends the load on the same cores, is shown beside them but not counted; and of each
 * process's time, its JIT compilers' share is told apart.
 */
class CpuUseTest {

	@Test
	void countsTheSystemsProcessesPerPositionAndShowsTheHarnessBeside() {
		Map<String, CpuUse.Sample> before = Map.of("kafka", sample(10_000, 1_000), "renewal", sample(20_000, 4_000),
				CpuUse.HARNESS, sample(5_000, 500), CpuUse.DATABASE_SERVER,
				new CpuUse.Sample(Duration.ofSeconds(40), null));
		Map<String, CpuUse.Sample> after = Map.of("kafka", sample(12_000, 1_200), "renewal", sample(26_500, 6_000),
				CpuUse.HARNESS, sample(8_000, 900), CpuUse.DATABASE_SERVER,
				new CpuUse.Sample(Duration.ofSeconds(47), null));

		CpuUse cpu = CpuUse.between(before, after, 100);

		assertThat(cpu.secondsByProcess()).containsEntry("kafka", 2.0)
			.containsEntry("renewal", 6.5)
			.containsEntry(CpuUse.HARNESS, 3.0)
			.containsEntry(CpuUse.DATABASE_SERVER, 7.0);
		assertThat(cpu.totalSeconds()).as("the harness and the database server beside, not in the sum").isEqualTo(8.5);
		assertThat(cpu.msPerPosition()).isEqualTo(85.0);
		assertThat(cpu.compilingSecondsByProcess()).containsEntry("kafka", 0.2)
			.containsEntry("renewal", 2.0)
			.containsEntry(CpuUse.HARNESS, 0.4);
		assertThat(cpu.compilingShare()).as("2.2 of the system's 8.5 s, the harness's and the server's left out")
			.isCloseTo(2.2 / 8.5, within(1e-9));
	}

	@Test
	void withoutTheCompilersTimeAProcessHasNoCompilingEntry() {
		CpuUse cpu = CpuUse.between(Map.of("renewal", new CpuUse.Sample(Duration.ofSeconds(1), null)),
				Map.of("renewal", new CpuUse.Sample(Duration.ofSeconds(3), null)), 10);

		assertThat(cpu.secondsByProcess()).containsEntry("renewal", 2.0);
		assertThat(cpu.compilingSecondsByProcess()).isEmpty();
		assertThat(cpu.compilingShare()).isNaN();
	}

	@Test
	void readsThisJvmsCompilerThreadsFromProc() {
		long pid = ProcessHandle.current().pid();
		assumeTrue(Files.isDirectory(Path.of("/proc", Long.toString(pid), "task")), "Linux's /proc");

		CpuUse.Sample sample = CpuUse.of(pid).orElseThrow();

		assertThat(sample.compiling()).as("this JVM has compiled the test framework's and the tests' code")
			.isPositive()
			.isLessThan(sample.total());
	}

	@Test
	void readsThePostgresqlServersTimeIncludingItsBackends() throws SQLException {
		try (PostgresTestDatabase database = PostgresTestDatabase.create();
				Connection connection = DriverManager.getConnection(database.url(), database.username(),
						database.password());
				Statement statement = connection.createStatement()) {
			Optional<CpuUse.Sample> before = CpuUse.ofPostgresServer();
			assumeTrue(before.isPresent(), "a PostgreSQL server on this machine whose processes can be read");

			try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM generate_series(1, 5000000)")) {
				rows.next();
			}

			Duration used = CpuUse.ofPostgresServer().orElseThrow().total().minus(before.get().total());
			assertThat(used).as("the backend's counting, in the server's time").isGreaterThan(Duration.ofMillis(50));
		}
	}

	@Test
	void countsAnEndedBackendsTimeOnce() throws SQLException, InterruptedException {
		try (PostgresTestDatabase database = PostgresTestDatabase.create()) {
			assumeTrue(CpuUse.ofPostgresServer().isPresent(),
					"a PostgreSQL server on this machine whose processes can be read");
			// Whatever else the server does in a window only adds to it (a checkpoint,
			// a backend of an earlier test ending), and a double count would show in
			// each try: so each figure is the least of three tries.
			Duration kept = null;
			Duration ended = null;
			for (int attempt = 0; attempt < 3; attempt++) {
				try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
						database.password())) {
					kept = least(kept, serverTimeOf(() -> count(connection)));
				}
				ended = least(ended, serverTimeOf(() -> {
					try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
							database.password())) {
						count(connection);
					}
					// The postmaster adds an ended backend's time to its children's once
					// it has reaped it.
					Thread.sleep(500);
				}));
			}

			assertThat(ended.toMillis())
				.as("the same work on a backend that ended, against one still running (%s)", kept)
				.isBetween(kept.toMillis() / 2, kept.toMillis() * 3 / 2);
		}
	}

	private static Duration least(Duration least, Duration next) {
		return (least == null || next.compareTo(least) < 0) ? next : least;
	}

	private static Duration serverTimeOf(Work work) throws SQLException, InterruptedException {
		CpuUse.Sample before = CpuUse.ofPostgresServer().orElseThrow();
		work.run();
		return CpuUse.ofPostgresServer().orElseThrow().total().minus(before.total());
	}

	private static void count(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM generate_series(1, 20000000)")) {
			rows.next();
		}
	}

	private interface Work {

		void run() throws SQLException, InterruptedException;

	}

	private static CpuUse.Sample sample(long totalMillis, long compilingMillis) {
		return new CpuUse.Sample(Duration.ofMillis(totalMillis), Duration.ofMillis(compilingMillis));
	}

}
