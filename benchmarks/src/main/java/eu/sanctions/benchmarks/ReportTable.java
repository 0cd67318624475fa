package eu.sanctions.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import eu.sanctions.benchmarks.engine.BareEngineWorkload;
import eu.sanctions.benchmarks.stack.DatabaseActivity;
import eu.sanctions.benchmarks.system.LatencyUnderLoad;
import eu.sanctions.benchmarks.system.RegistryReads;
import eu.sanctions.benchmarks.system.ThroughTheSystem;

/**
 * The run's one table, in Markdown, so that it reads on a terminal and pastes into
 * BENCHMARKS.md as it is: one row per figure, with its target where the issue sets one.
 */
public final class ReportTable {

	/** Through-the-system throughput over the bare engine's, on the same database. */
	static final double RATIO_TARGET = 0.5;

	/** p99 from a position on Kafka to its position-recorded event... */
	static final double P99_TARGET_MS = 200;

	/** ...at this offered rate, in positions per second. */
	static final int P99_TARGET_RATE = 100;

	/** The whole stack's resident memory. */
	static final long RSS_TARGET_MB = 2048;

	private final List<String[]> rows = new ArrayList<>();

	private ReportTable() {
	}

	public static String render(BenchmarkReport report) {
		ReportTable table = new ReportTable();
		report.bareEngine().forEach(table::bareEngine);
		report.throughTheSystem().forEach(table::throughTheSystem);
		report.latencyUnderLoad().forEach(table::latency);
		report.registryReads().forEach(table::registryReads);
		report.footprint().forEach(table::footprint);
		return table.markdown();
	}

	/**
	 * One line per warm-up: its rounds, with the compilers' share of the processor time
	 * in each, and whether they settled.
	 */
	public static String warmUps(BenchmarkReport report) {
		return Stream
			.concat(report.warmUps()
				.stream()
				.map((warmUp) -> format("Warm-up, %s: %d round(s), the JIT compilers' share %s; %s.", warmUp.of(),
						warmUp.compilingShareByRound().size(),
						warmUp.compilingShareByRound()
							.stream()
							.map((share) -> (share != null) ? format("%.0f %%", share * 100) : "unknown")
							.collect(Collectors.joining(", ")),
						warmUp.settled() ? "settled" : "not settled within the rounds")),
					Stream.of(machineSpeed(report.machineSpeed())))
			.collect(Collectors.joining("\n"));
	}

	/** The machine's speed at the run's start and end, on one line. */
	static String machineSpeed(List<MachineSpeed> speeds) {
		MachineSpeed start = speeds.get(0);
		MachineSpeed end = speeds.get(speeds.size() - 1);
		return format(
				"The machine's speed (SHA-256, MB/s on one thread / on every core at once): %.0f / %.0f at the "
						+ "start, %.0f / %.0f at the end.",
				start.oneThreadMbPerSecond(), start.allThreadsMbPerSecond(), end.oneThreadMbPerSecond(),
				end.allThreadsMbPerSecond());
	}

	private void bareEngine(BareEngineWorkload.Result run) {
		row("1", "Bare engine, history " + run.history() + ", " + run.threads() + " threads", run.database(),
				format("%.1f renewals/s, %.0f positions/s (%d renewals, first position → last ended %.1f s); "
						+ "start → ended %.1f renewals/s; CPU %.1f ms/position", run.renewalsPerSecond(),
						run.positionsPerSecond(), run.renewals(), run.seconds(),
						run.startToCompletedRenewalsPerSecond(), run.cpuMsPerPosition())
						+ ((run.databaseServerMsPerPosition() == null) ? ""
								: format("; the PostgreSQL server beside it %.1f ms/position",
										run.databaseServerMsPerPosition()))
						+ eachRun(run.eachRunRenewalsPerSecond()),
				"the limit", "");
	}

	private void throughTheSystem(ThroughTheSystem.Result run) {
		row("2", "Through the system, " + run.door() + " door", run.database(),
				format("%.1f renewals/s, %.0f positions/s (%d renewals, first position sent → last renewal-completed "
						+ "%.1f s; positions alone %.1f s); %s", run.renewalsPerSecond(), run.positionsPerSecond(),
						run.renewals(), run.seconds(), run.positionsSeconds(), cpu(run.cpu()))
						+ eachRun(run.eachRunRenewalsPerSecond()),
				format("≥ %.1f × bare engine", RATIO_TARGET),
				Optional.ofNullable(run.ratioToBareEngine())
					.map((ratio) -> format("%.2f %s", ratio, mark(ratio >= RATIO_TARGET)))
					.orElse("no reference"));
	}

	/** Where the row is the median of several runs: each run's renewals per second. */
	private static String eachRun(List<Double> renewalsPerSecond) {
		if (renewalsPerSecond == null || renewalsPerSecond.size() < 2) {
			return "";
		}
		return format("; the median of %d runs, at %s renewals/s", renewalsPerSecond.size(),
				renewalsPerSecond.stream().map((rate) -> format("%.2f", rate)).collect(Collectors.joining(", ")));
	}

	private void latency(LatencyUnderLoad.Result run) {
		Latency latency = run.latency();
		row("3", format("Latency, %d positions/s for %d s over %d renewals", run.offeredRate(), run.durationSeconds(),
				run.openRenewals()), run.database(),
				format("p50 %s · p95 %s · p99 %s · max %s ms (%d of %d recorded%s; sent at %.1f/s); %s",
						ms(latency.p50()), ms(latency.p95()), ms(latency.p99()), ms(latency.max()), run.recorded(),
						run.sent(), run.drained() ? "" : ", NOT ALL", run.achievedRate(), cpu(run.cpu()))
						+ databases(run.databases()),
				(run.offeredRate() >= P99_TARGET_RATE) ? format("p99 < %.0f ms", P99_TARGET_MS) : "",
				(run.offeredRate() >= P99_TARGET_RATE) ? mark(run.drained() && latency.p99() < P99_TARGET_MS) : "");
	}

	private void registryReads(RegistryReads.Result run) {
		Latency latency = run.latency();
		row("4", format("Registry reads, %d listings, %d/s for %d s", run.listings(), run.rate(),
				run.durationSeconds()), "",
				format("p50 %s · p95 %s · p99 %s · max %s ms (%d of %d OK)", ms(latency.p50()), ms(latency.p95()),
						ms(latency.p99()), ms(latency.max()), run.ok(), run.reads()),
				"", "");
		row("4", "Package topic, new consumer catches up", "", format("%.2f s for %d of %d packages (%d records)",
				run.catchUpSeconds(), run.packagesCaughtUp(), run.packages(), run.recordsRead()), "", "");
	}

	private void footprint(Footprint footprint) {
		Map<String, Double> healthy = footprint.startUp().healthySeconds();
		row("5", "Start-up until every service is healthy", footprint.database(),
				format("%.1f s (broker %.1f s; %s)", footprint.startUp().allHealthySeconds(),
						footprint.startUp().brokerSeconds(),
						healthy.entrySet()
							.stream()
							.map((entry) -> format("%s %.1f s", entry.getKey(), entry.getValue()))
							.collect(Collectors.joining(", "))),
				"< 60 s", mark(footprint.startUp().allHealthySeconds() < 60));
		row("5", "Resident memory, idle", footprint.database(), megabytes(footprint.idleMb(), footprint.idleTotalMb()),
				"< 2 GB", mark(footprint.idleTotalMb() < RSS_TARGET_MB));
		if (footprint.underLoadMb() != null) {
			row("5", "Resident memory, under workload 3 (highest)", footprint.database(),
					megabytes(footprint.underLoadMb(), footprint.underLoadTotalMb()), "< 2 GB",
					mark(footprint.underLoadTotalMb() < RSS_TARGET_MB));
		}
	}

	private static String databases(DatabaseActivity databases) {
		if (databases == null) {
			return "";
		}
		return "; the databases per position (commits, rows written, rows read): " + databases.byService()
			.entrySet()
			.stream()
			.map((entry) -> format("%s %.2f, %.1f, %.0f", entry.getKey(), entry.getValue().commits(),
					entry.getValue().rowsWritten(), entry.getValue().rowsRead()))
			.collect(Collectors.joining(" · "));
	}

	private static String cpu(CpuUse cpu) {
		Double harness = cpu.secondsByProcess().get(CpuUse.HARNESS);
		Double database = cpu.secondsByProcess().get(CpuUse.DATABASE_SERVER);
		return format("CPU %.1f ms/position (%s)%s%s", cpu.msPerPosition(), cpu.secondsByProcess()
			.entrySet()
			.stream()
			.filter((entry) -> !entry.getKey().equals(CpuUse.HARNESS) && !entry.getKey().equals(CpuUse.DATABASE_SERVER))
			.map((entry) -> format("%s %.1f s", entry.getKey(), entry.getValue()) + compiling(cpu, entry.getKey()))
			.collect(Collectors.joining(", ")),
				(harness != null) ? format("; the harness beside them %.1f s", harness) + compiling(cpu, CpuUse.HARNESS)
						: "",
				(database != null) ? format("; the PostgreSQL server beside them %.1f s", database) : "");
	}

	/** Of a process's processor time, its JIT compilers', where known. */
	private static String compiling(CpuUse cpu, String process) {
		Map<String, Double> compiling = cpu.compilingSecondsByProcess();
		Double seconds = (compiling != null) ? compiling.get(process) : null;
		return (seconds != null) ? format(" (compiling %.1f)", seconds) : "";
	}

	private static String megabytes(Map<String, Long> each, long total) {
		return format("%d MB (%s)", total,
				each.entrySet()
					.stream()
					.map((entry) -> entry.getKey() + " " + entry.getValue())
					.collect(Collectors.joining(", ")));
	}

	private void row(String... cells) {
		this.rows.add(cells);
	}

	private String markdown() {
		StringBuilder text = new StringBuilder();
		text.append("| # | Workload | DB | Figures | Target | Met |\n");
		text.append("| --- | --- | --- | --- | --- | --- |\n");
		for (String[] row : this.rows) {
			text.append("| ").append(String.join(" | ", row)).append(" |\n");
		}
		return text.toString();
	}

	private static String mark(boolean met) {
		return met ? "✔" : "✘";
	}

	private static String ms(double millis) {
		return (millis < 10) ? format("%.1f", millis) : format("%.0f", millis);
	}

	private static String format(String format, Object... arguments) {
		return String.format(Locale.ROOT, format, arguments);
	}

}
