package eu.sanctions.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.sanctions.benchmarks.engine.BareEngineWorkload;
import eu.sanctions.benchmarks.stack.StackSettings;
import eu.sanctions.benchmarks.system.LatencyUnderLoad;
import eu.sanctions.benchmarks.system.RegistryReads;
import eu.sanctions.benchmarks.system.ThroughTheSystem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The harness at its smoke size: every workload runs on this machine and yields figures
 * of the right shape. It asserts counts and the order of percentiles, never a time: the
 * figures live in {@code ./sanctions bench}, not in the build.
 */
class BenchmarkSmokeTest {

	@TempDir
	Path out;

	@Test
	void runsEveryWorkloadAndReportsFiguresOfTheRightShape() throws Exception {
		BenchmarkSize size = BenchmarkSize.smoke();
		Path repository = Path.of(System.getProperty("sanctions.repository-root", "..")).toAbsolutePath().normalize();
		List<String> progress = new ArrayList<>();
		BenchmarkReport report = new BenchmarkRun(size,
				StackSettings.of(repository, Optional.empty(), Path.of("target", "bench-smoke").toAbsolutePath()),
				"BenchmarkSmokeTest", BenchmarkRun.EVERY_PART, (line) -> {
					progress.add(line);
					System.out.println(line);
				})
			.run();

		assertThat(report.bareEngine()).extracting(BareEngineWorkload.Result::database)
			.containsExactly("H2", "PostgreSQL");
		assertThat(report.bareEngine()).allSatisfy((run) -> {
			assertThat(run.completed()).isEqualTo(size.renewals());
			assertThat(run.positions()).isEqualTo(size.renewals() * RenewalPlan.STATES);
			assertThat(run.renewalsPerSecond()).isPositive();
			assertThat(run.cpuMsPerPosition()).isPositive();
			assertThat(run.eachRunRenewalsPerSecond()).as("the bare engine at history full, before and after the stack")
				.hasSize(size.throughputRuns());
			assertThat(medianOf(run.eachRunRenewalsPerSecond())).isEqualTo(rounded(run.renewalsPerSecond()));
		});
		assertThat(report.bareEngine().get(0).databaseServerMsPerPosition()).as("H2 runs in the engine's JVM").isNull();
		if (CpuUse.ofPostgresServer().isPresent()) {
			assertThat(report.bareEngine().get(1).databaseServerMsPerPosition())
				.as("the PostgreSQL server's work for the engine")
				.isPositive();
		}

		assertThat(report.throughTheSystem()).extracting(ThroughTheSystem.Result::door)
			.containsExactly("Kafka", "REST");
		assertThat(report.throughTheSystem()).allSatisfy((run) -> {
			assertThat(run.positionsRecorded()).isEqualTo((long) size.renewals() * RenewalPlan.STATES);
			assertThat(run.renewalsPerSecond()).isPositive();
			assertThat(run.ratioToBareEngine()).isPositive();
			assertThat(run.cpu().secondsByProcess()).containsKeys("registry", "renewal", "notification",
					CpuUse.HARNESS);
			assertThat(run.cpu().secondsByProcess().get("renewal")).isPositive();
			assertThat(run.cpu().msPerPosition()).isPositive();
			assertThat(run.eachRunRenewalsPerSecond()).hasSize(size.throughputRuns());
			assertThat(medianOf(run.eachRunRenewalsPerSecond())).isEqualTo(rounded(run.renewalsPerSecond()));
			if (Files.isDirectory(Path.of("/proc/self/task"))) {
				assertThat(run.cpu().compilingSecondsByProcess()).containsKeys("registry", "renewal", "notification",
						CpuUse.HARNESS);
			}
		});

		assertThat(report.latencyUnderLoad()).singleElement().satisfies((run) -> {
			assertThat(run.sent()).isEqualTo((long) size.offeredRates().get(0) * size.loadSeconds());
			assertThat(run.recorded()).isEqualTo(run.sent());
			assertThat(run.latency().count()).isEqualTo(run.sent());
			assertThat(run.latency().ordered()).as("p50 ≤ p95 ≤ p99 ≤ max: %s", run.latency()).isTrue();
			assertThat(run.cpu().msPerPosition()).isPositive();
			assertThat(run.databases()).as("the smoke run's stack is on H2: no server statistics").isNull();
		});

		assertThat(report.registryReads()).singleElement().satisfies((run) -> {
			assertThat(run.ok()).isEqualTo(run.reads()).isEqualTo((long) size.readRate() * size.readSeconds());
			assertThat(run.latency().count()).isEqualTo(run.reads());
			assertThat(run.latency().ordered()).isTrue();
			assertThat(run.packagesCaughtUp()).isEqualTo(run.packages()).isPositive();
		});

		assertThat(report.footprint()).singleElement().satisfies((footprint) -> {
			assertThat(footprint.startUp().healthySeconds()).containsOnlyKeys("registry", "renewal", "notification");
			assertThat(footprint.idleMb()).containsKeys("registry", "renewal", "notification");
			assertThat(footprint.underLoadMb()).containsKeys("registry", "renewal", "notification");
			assertThat(footprint.idleTotalMb()).isPositive();
		});

		assertThat(report.warmUps()).extracting(BenchmarkReport.WarmUp::of).containsExactly("bare engine", "H2");
		assertThat(report.warmUps()).allSatisfy((warmUp) -> {
			assertThat(warmUp.compilingShareByRound()).hasSize(size.warmUpRounds());
			if (Files.isDirectory(Path.of("/proc/self/task"))) {
				assertThat(warmUp.compilingShareByRound().get(0)).isBetween(0.0, 1.0);
			}
		});

		String table = ReportTable.render(report);
		assertThat(table.lines()
			.filter((line) -> line.startsWith("| 1 ") || line.startsWith("| 2 ") || line.startsWith("| 3 ")
					|| line.startsWith("| 4 ") || line.startsWith("| 5 ")))
			.hasSize(2 + 2 + 1 + 2 + 3);
		Path json = Benchmarks.write(report, this.out);
		JsonNode written = new ObjectMapper().readTree(Files.readString(json));
		assertThat(written.path("latencyUnderLoad").path(0).path("latency").path("p99").isNumber()).isTrue();
		assertThat(written.path("machine").path("cores").asInt()).isPositive();
		assertThat(written.path("machineSpeed")).as("at the start and at the end").hasSize(2);
		assertThat(written.path("machineSpeed").path(0).path("oneThreadMbPerSecond").asDouble()).isPositive();
		assertThat(ReportTable.warmUps(report)).contains("The machine's speed");
		assertThat(written.path("throughTheSystem").path(0).path("eachRunRenewalsPerSecond").size())
			.isEqualTo(size.throughputRuns());
	}

	private static double medianOf(List<Double> figures) {
		return figures.stream().sorted().toList().get((figures.size() - 1) / 2);
	}

	private static double rounded(double figure) {
		return Math.round(figure * 100) / 100.0;
	}

}
