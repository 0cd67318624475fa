package eu.sanctions.benchmarks;

import java.util.List;

/**
 * How much each workload does: the full run of {@code ./sanctions bench}, or the smoke
 * run in the build, which only shows that every workload runs and yields figures.
 *
 * @param mode {@code full} or {@code smoke}
 * @param renewals renewals timed on the bare engine and through each door (workloads 1
 * and 2)
 * @param warmUpRenewals renewals run first, untimed, through each engine and each door of
 * each stack: enough that the timed runs meet code the JIT compilers have compiled, as in
 * a service that has run for a while
 * @param warmUpRounds at most how many rounds of warm-up (the bare engine at history
 * {@code full} in the harness's JVM before its first timed run; {@code warmUpRenewals}
 * through each door of a stack before its timed runs) are run, untimed, until the JIT
 * compilers take no more than {@code settledCompiling} of the processor time in a round
 * @param settledCompiling that share
 * @param throughputRuns how often the bare engine at history {@code full} and each door
 * run (workloads 1 and 2), the median standing for them: the bare engine before the
 * stacks, after each and, if fewer, at the end; each door's runs alternate with the other
 * door's
 * @param engineThreads threads driving the bare engine
 * @param otherHistoryLevels whether the bare engine also runs at history levels
 * {@code audit} and {@code none}
 * @param restClients desks posting positions at once through the REST door
 * @param openRenewals renewals the offered load is spread over (workload 3)
 * @param offeredRates positions per second offered, one run at each rate (workload 3):
 * the target's rate, and lower ones that show where the latency breaks
 * @param loadSeconds for how long each (workload 3)
 * @param listings listings of the package read (workload 4)
 * @param readRate reads per second (workload 4)
 * @param readSeconds for how long (workload 4)
 * @param postgresStack whether the system also runs on PostgreSQL (workloads 2 and 3)
 * @param idleSeconds how long a fresh stack idles before its memory is read
 */
public record BenchmarkSize(String mode, int renewals, int warmUpRenewals, int warmUpRounds, double settledCompiling,
		int throughputRuns, int engineThreads, boolean otherHistoryLevels, int restClients, int openRenewals,
		List<Integer> offeredRates, int loadSeconds, int listings, int readRate, int readSeconds, boolean postgresStack,
		int idleSeconds) {

	public static BenchmarkSize full() {
		return new BenchmarkSize("full", 30, 20, 6, 0.1, 3, Runtime.getRuntime().availableProcessors(), true, 4, 40,
				List.of(25, 50, 100), 60, 400, 100, 30, true, 10);
	}

	/** The same sizes with another warm-up ({@code --warm-up}). */
	public BenchmarkSize withWarmUpRenewals(int renewals) {
		return new BenchmarkSize(this.mode, this.renewals, renewals, this.warmUpRounds, this.settledCompiling,
				this.throughputRuns, this.engineThreads, this.otherHistoryLevels, this.restClients, this.openRenewals,
				this.offeredRates, this.loadSeconds, this.listings, this.readRate, this.readSeconds, this.postgresStack,
				this.idleSeconds);
	}

	/** The same sizes with another number of throughput runs ({@code --runs}). */
	public BenchmarkSize withThroughputRuns(int runs) {
		if (runs < 1) {
			throw new IllegalArgumentException("--runs must be at least 1, not " + runs);
		}
		return new BenchmarkSize(this.mode, this.renewals, this.warmUpRenewals, this.warmUpRounds,
				this.settledCompiling, runs, this.engineThreads, this.otherHistoryLevels, this.restClients,
				this.openRenewals, this.offeredRates, this.loadSeconds, this.listings, this.readRate, this.readSeconds,
				this.postgresStack, this.idleSeconds);
	}

	/**
	 * How much each thread hashes to measure the machine's speed ({@link MachineSpeed}):
	 * about a second's work here, a few milliseconds' in the smoke mode.
	 */
	public int machineSpeedMegabytes() {
		return "smoke".equals(this.mode) ? 4 : 512;
	}

	public static BenchmarkSize smoke() {
		return new BenchmarkSize("smoke", 2, 1, 1, 0.1, 3, 2, false, 2, 2, List.of(20), 5, 400, 20, 2, false, 0);
	}

}
