package eu.sanctions.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.camunda.bpm.engine.ProcessEngineConfiguration;

import eu.sanctions.benchmarks.engine.BareEngineWorkload;
import eu.sanctions.benchmarks.engine.Autovacuum;
import eu.sanctions.benchmarks.engine.EngineDatabase;
import eu.sanctions.benchmarks.stack.BenchStack;
import eu.sanctions.benchmarks.stack.StackDatabase;
import eu.sanctions.benchmarks.stack.StackSettings;
import eu.sanctions.benchmarks.system.LatencyUnderLoad;
import eu.sanctions.benchmarks.system.RegistryReads;
import eu.sanctions.benchmarks.system.RenewalTopicWatch;
import eu.sanctions.benchmarks.system.ThroughTheSystem;
import eu.sanctions.benchmarks.system.ThroughTheSystem.Door;

/**
 * One run of every workload, in an order that keeps them apart: the bare engine first,
 * alone on the machine; then a stack on H2 (start-up and idle memory, a warm-up, both
 * doors in turn, several times, the load with its memory, the registry's reads); then, in
 * a full run, a stack on PostgreSQL (the same but the reads); the bare engine at history
 * {@code full} again after each stack. Each through-the-system figure, the median of its
 * door's runs, is set against the bare engine's median on the same database.
 */
public final class BenchmarkRun {

	public static final String ENGINE = "engine";

	public static final String H2 = "h2";

	public static final String POSTGRES = "postgres";

	public static final Set<String> EVERY_PART = Set.of(ENGINE, H2, POSTGRES);

	private final BenchmarkSize size;

	private final StackSettings settings;

	private final String command;

	private final Consumer<String> say;

	private final Set<String> parts;

	private final List<BareEngineWorkload.Result> bareEngine = new ArrayList<>();

	private final List<BareEngineWorkload.Result> bareEngineAtFull = new ArrayList<>();

	private final List<ThroughTheSystem.Result> throughTheSystem = new ArrayList<>();

	private final List<LatencyUnderLoad.Result> latency = new ArrayList<>();

	private final List<RegistryReads.Result> reads = new ArrayList<>();

	private final List<Footprint> footprints = new ArrayList<>();

	private final List<BenchmarkReport.WarmUp> warmUps = new ArrayList<>();

	/** What the harness did in autovacuum's stead on the PostgreSQL databases it made. */
	private final Autovacuum.Tally autovacuums = new Autovacuum.Tally();

	/**
	 * @param size how much each workload does
	 * @param settings how the stacks run
	 * @param command what ran the harness, for the report
	 * @param parts which parts run: {@code engine}, {@code h2} (the stack on H2),
	 * {@code postgres} (the stack on PostgreSQL, in a full run); all of them for the
	 * report, fewer while working on one
	 * @param say where progress goes
	 */
	public BenchmarkRun(BenchmarkSize size, StackSettings settings, String command, Set<String> parts,
			Consumer<String> say) {
		this.size = size;
		this.settings = settings;
		this.command = command;
		this.parts = Set.copyOf(parts);
		this.say = say;
	}

	public BenchmarkReport run() {
		Instant date = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		long began = System.nanoTime();
		Machine machine = Machine.current();
		List<MachineSpeed> speeds = new ArrayList<>();
		speeds.add(machineSpeed("start"));
		List<String> levels = new ArrayList<>(List.of(ProcessEngineConfiguration.HISTORY_FULL));
		if (this.size.otherHistoryLevels()) {
			levels.addAll(List.of(ProcessEngineConfiguration.HISTORY_AUDIT, ProcessEngineConfiguration.HISTORY_NONE));
		}
		List<BareEngineWorkload.Result> otherLevels = new ArrayList<>();
		if (this.parts.contains(ENGINE)) {
			warmUpBareEngine();
			bareEngineAtFull();
			for (String level : levels.subList(1, levels.size())) {
				otherLevels.add(bareEngine(EngineDatabase.H2, level));
				otherLevels.add(bareEngine(EngineDatabase.POSTGRESQL, level));
			}
		}
		if (this.parts.contains(H2)) {
			try (BenchStack stack = start(StackDatabase.h2())) {
				onStack(stack, true);
			}
			bareEngineAtFullAgain();
		}
		if (this.size.postgresStack() && this.parts.contains(POSTGRES)) {
			try (BenchStack stack = start(StackDatabase.postgres(this.autovacuums))) {
				onStack(stack, false);
			}
			bareEngineAtFullAgain();
		}
		while (this.parts.contains(ENGINE) && bareEngineRounds() < this.size.throughputRuns()) {
			bareEngineAtFull();
		}
		for (String database : List.of(EngineDatabase.H2, EngineDatabase.POSTGRESQL)) {
			List<BareEngineWorkload.Result> runs = this.bareEngineAtFull.stream()
				.filter((run) -> run.database().equals(database))
				.toList();
			if (!runs.isEmpty()) {
				this.bareEngine.add(Repeated.median(runs, BareEngineWorkload.Result::renewalsPerSecond)
					.asMedianOf(Repeated.figures(runs, BareEngineWorkload.Result::renewalsPerSecond)));
			}
		}
		this.bareEngine.addAll(otherLevels);
		List<ThroughTheSystem.Result> withRatios = this.throughTheSystem.stream()
			.map((run) -> run.withRatio(ratio(run)))
			.toList();
		speeds.add(machineSpeed("end"));
		return new BenchmarkReport(date.toString(), this.command, machine, speeds, this.size,
				Math.round((System.nanoTime() - began) / 1e8) / 10.0, this.bareEngine, withRatios, this.latency,
				this.reads, this.footprints, this.warmUps, notes());
	}

	/**
	 * Runs the bare engine untimed in this JVM until its JIT compilers have settled: its
	 * first timed runs were otherwise those of an engine half compiled (2.5 renewals/s on
	 * H2 at history full where the same run gave 6.9 once compiled, on 30 November).
	 */
	private void warmUpBareEngine() {
		long self = ProcessHandle.current().pid();
		this.warmUps.add(BenchmarkReport.WarmUp.untilSettled("bare engine", this.size, (round) -> {
			Map<String, CpuUse.Sample> before = Map.of("harness's JVM", CpuUse.of(self).orElseThrow());
			try (EngineDatabase db = EngineDatabase.h2(folder("engine-warm-up"))) {
				BareEngineWorkload.run(db, ProcessEngineConfiguration.HISTORY_FULL, this.size.renewals(),
						this.size.warmUpRenewals(), this.size.engineThreads(), (line) -> {
						});
			}
			return CpuUse.between(before, Map.of("harness's JVM", CpuUse.of(self).orElseThrow()), 0).compilingShare();
		}, this.say));
	}

	/**
	 * Runs renewals untimed through both doors of a stack until its processes' JIT
	 * compilers have settled: the services compile their hot paths on renewals that are
	 * not timed, as in services that have run a while.
	 */
	private void warmUpStack(BenchStack stack, RenewalTopicWatch watch, String db) {
		if (this.size.warmUpRenewals() == 0) {
			return;
		}
		this.warmUps.add(BenchmarkReport.WarmUp.untilSettled(stack.databaseName(), this.size, (round) -> {
			Map<String, CpuUse.Sample> before = stack.cpuTimes();
			for (Door door : Door.values()) {
				ThroughTheSystem.run(stack, watch, door, this.size.warmUpRenewals(), this.size.restClients(),
						"WARM" + db + door.name().charAt(0) + round, this.say);
			}
			return CpuUse.between(before, stack.cpuTimes(), 0).compilingShare();
		}, this.say));
	}

	/**
	 * The bare engine at history {@code full} on both databases, the reference of the
	 * ratios: measured before the stacks and again after each (while fewer than
	 * {@code throughputRuns}), alone on the machine each time, so that the reference
	 * spans the minutes in which the system's runs were taken.
	 */
	private void bareEngineAtFull() {
		this.bareEngineAtFull.add(bareEngine(EngineDatabase.H2, ProcessEngineConfiguration.HISTORY_FULL));
		this.bareEngineAtFull.add(bareEngine(EngineDatabase.POSTGRESQL, ProcessEngineConfiguration.HISTORY_FULL));
	}

	/**
	 * Rounds of the bare engine at history {@code full}, one run on each database each.
	 */
	private int bareEngineRounds() {
		return this.bareEngineAtFull.size() / 2;
	}

	private void bareEngineAtFullAgain() {
		if (this.parts.contains(ENGINE) && bareEngineRounds() < this.size.throughputRuns()) {
			bareEngineAtFull();
		}
	}

	private BareEngineWorkload.Result bareEngine(String database, String level) {
		try (EngineDatabase db = database.equals(EngineDatabase.H2) ? EngineDatabase.h2(folder("engine-" + level))
				: EngineDatabase.postgres(this.autovacuums)) {
			BareEngineWorkload.Result result = BareEngineWorkload.run(db, level, this.size.renewals(),
					this.size.warmUpRenewals(), this.size.engineThreads(), this.say);
			this.say.accept(String.format("bare engine (%s, history %s): %.1f renewals/s, %.0f positions/s", database,
					level, result.renewalsPerSecond(), result.positionsPerSecond()));
			return result;
		}
	}

	private BenchStack start(StackDatabase database) {
		this.say.accept("starting a stack on " + database.name());
		BenchStack stack = BenchStack.start(this.settings, database);
		this.say.accept(String.format("stack on %s healthy in %.1f s (%s)", database.name(),
				stack.startUp().allHealthySeconds(), stack.brokerKind()));
		return stack;
	}

	private void onStack(BenchStack stack, boolean withReads) {
		pause(Duration.ofSeconds(this.size.idleSeconds()));
		Map<String, Long> idle = stack.residentMegabytes();
		Map<String, Long> underLoad = null;
		String db = stack.databaseName().substring(0, 2).toUpperCase();
		try (RenewalTopicWatch watch = RenewalTopicWatch.start(stack.bootstrapServers())) {
			warmUpStack(stack, watch, db);
			Map<Door, List<ThroughTheSystem.Result>> byDoor = new EnumMap<>(Door.class);
			for (int round = 1; round <= this.size.throughputRuns(); round++) {
				for (Door door : Door.values()) {
					ThroughTheSystem.Result run = ThroughTheSystem.run(stack, watch, door, this.size.renewals(),
							this.size.restClients(), door.name() + db + "R" + round, this.say);
					this.say.accept(String.format("%s door (%s, run %d): %.1f renewals/s, %.0f positions/s", run.door(),
							run.database(), round, run.renewalsPerSecond(), run.positionsPerSecond()));
					byDoor.computeIfAbsent(door, (key) -> new ArrayList<>()).add(run);
				}
			}
			byDoor.values()
				.forEach((runs) -> this.throughTheSystem
					.add(Repeated.median(runs, ThroughTheSystem.Result::renewalsPerSecond)
						.asMedianOf(Repeated.figures(runs, ThroughTheSystem.Result::renewalsPerSecond))));
			try (ResidentSampler sampler = new ResidentSampler(stack)) {
				for (int rate : this.size.offeredRates()) {
					LatencyUnderLoad.Result run = LatencyUnderLoad.run(stack, watch, this.size.openRenewals(), rate,
							Duration.ofSeconds(this.size.loadSeconds()), "L" + rate + db, this.say);
					this.say
						.accept(String.format("latency (%s, %d/s): p50 %.1f, p99 %.1f, max %.1f ms, %d of %d recorded",
								run.database(), rate, run.latency().p50(), run.latency().p99(), run.latency().max(),
								run.recorded(), run.sent()));
					this.latency.add(run);
				}
				underLoad = sampler.highest();
			}
			if (withReads) {
				RegistryReads.Result run = RegistryReads.run(stack, this.size.listings(), this.size.readRate(),
						Duration.ofSeconds(this.size.readSeconds()), this.say);
				this.say.accept(String.format("registry reads: p99 %.1f ms; catch-up %.2f s for %d packages",
						run.latency().p99(), run.catchUpSeconds(), run.packagesCaughtUp()));
				this.reads.add(run);
			}
		}
		this.footprints.add(new Footprint(stack.databaseName(), stack.brokerKind(), stack.startUp(), idle,
				Footprint.total(idle), underLoad, (underLoad != null) ? Footprint.total(underLoad) : null));
	}

	private Double ratio(ThroughTheSystem.Result run) {
		return this.bareEngine.stream()
			.filter((engine) -> engine.database().equals(run.database())
					&& engine.history().equals(ProcessEngineConfiguration.HISTORY_FULL))
			.findFirst()
			.map((engine) -> Math.round(run.renewalsPerSecond() / engine.renewalsPerSecond() * 100) / 100.0)
			.orElse(null);
	}

	private MachineSpeed machineSpeed(String when) {
		MachineSpeed speed = MachineSpeed.measure(this.size.machineSpeedMegabytes());
		this.say.accept(String.format(
				"the machine's speed at the %s: SHA-256 of %d MB, %.0f MB/s on one thread, %.0f MB/s on %d at once",
				when, speed.megabytesPerThread(), speed.oneThreadMbPerSecond(), speed.allThreadsMbPerSecond(),
				speed.threads()));
		return speed;
	}

	private List<String> notes() {
		List<String> notes = new ArrayList<>();
		notes.add("Bare engine: a standalone Camunda "
				+ ProcessEngineConfiguration.class.getPackage().getImplementationVersion()
				+ " engine in the harness's JVM, configured as renewal-service's (job executor on, authorization "
				+ "on, the history level of the row, Hikari pool of 10), its events only counted; timed from the "
				+ "first position to the last renewal ended, after the renewals were started and reviewed; at "
				+ "history full the median of " + this.size.throughputRuns() + " runs, after untimed runs until "
				+ "the JVM's JIT compilers took at most " + Math.round(this.size.settledCompiling() * 100)
				+ " % of its processor time.");
		notes.add("Through the system: renewals started by the registry's renewal-due event and reviewed by staff "
				+ "through /engine-rest before the timer; timed from the first position sent to the last "
				+ "renewal-completed received from sanctions.renewal.events, with staff recording each adoption "
				+ "through /engine-rest and the registry confirming it; the median of " + this.size.throughputRuns()
				+ " runs of each door, after rounds of " + this.size.warmUpRenewals() + " renewals through each "
				+ "door until the stack's JIT compilers took at most " + Math.round(this.size.settledCompiling() * 100)
				+ " % of its processes' processor time, or " + this.size.warmUpRounds() + " rounds.");
		notes.add("Services run " + (this.settings.apps().isPresent()
				? "from their unpacked jars with their class-data sharing archives, as ./sanctions up runs them, "
				: "from their jars as built (no class-data sharing archive), ") + "with ./sanctions up's JVM options "
				+ this.settings.javaOptions() + " and heaps " + this.settings.heaps() + ", and each its own "
				+ this.settings.ownOptions() + "; broker: " + (this.settings.kafkaLibs().isPresent()
						? "a process of its own from Maven Central's Kafka jars" : "the tests' in-JVM broker")
				+ ".");
		if (this.autovacuums.stoodIn()) {
			notes.add(String.format("The PostgreSQL server has autovacuum off; the harness did its work on the "
					+ "databases it made, by the server's autovacuum settings (every autovacuum_naptime, each table "
					+ "past its thresholds): %d vacuums and %d analyses, %.1f s.", this.autovacuums.vacuums(),
					this.autovacuums.analyzes(), this.autovacuums.seconds()));
		}
		return notes;
	}

	private java.nio.file.Path folder(String name) {
		java.nio.file.Path folder = this.settings.home().resolve(name + "-" + System.currentTimeMillis());
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return folder;
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Reads the stack's resident memory every second and keeps each process's highest.
	 */
	private static final class ResidentSampler implements AutoCloseable {

		private final Map<String, Long> highest = new LinkedHashMap<>();

		private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

		ResidentSampler(BenchStack stack) {
			this.timer.scheduleAtFixedRate(() -> {
				Map<String, Long> now = stack.residentMegabytes();
				synchronized (this.highest) {
					now.forEach((process, mb) -> this.highest.merge(process, mb, Math::max));
				}
			}, 0, 1, TimeUnit.SECONDS);
		}

		Map<String, Long> highest() {
			synchronized (this.highest) {
				return new LinkedHashMap<>(this.highest);
			}
		}

		@Override
		public void close() {
			this.timer.shutdownNow();
		}

	}

}
