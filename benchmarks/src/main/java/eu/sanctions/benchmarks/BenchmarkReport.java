package eu.sanctions.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntToDoubleFunction;

import eu.sanctions.benchmarks.engine.BareEngineWorkload;
import eu.sanctions.benchmarks.system.LatencyUnderLoad;
import eu.sanctions.benchmarks.system.RegistryReads;
import eu.sanctions.benchmarks.system.ThroughTheSystem;

/**
 * Everything one run measured, as the JSON file holds it.
 *
 * @param date when it ran (UTC)
 * @param command what ran it
 * @param machine where
 * @param machineSpeed the machine's speed on a fixed piece of work at the run's start and
 * at its end ({@link MachineSpeed}): which hour the run had
 * @param size how much each workload did
 * @param wallSeconds how long the whole run took
 * @param bareEngine workload 1
 * @param throughTheSystem workload 2
 * @param latencyUnderLoad workload 3
 * @param registryReads workload 4
 * @param footprint workload 5
 * @param warmUps the untimed rounds before the timed runs: for the bare engine's JVM and
 * each stack, the share of the processor time the JIT compilers took in each round
 * @param notes what the reader should know to read the figures
 */
public record BenchmarkReport(String date, String command, Machine machine, List<MachineSpeed> machineSpeed,
		BenchmarkSize size, double wallSeconds, List<BareEngineWorkload.Result> bareEngine,
		List<ThroughTheSystem.Result> throughTheSystem, List<LatencyUnderLoad.Result> latencyUnderLoad,
		List<RegistryReads.Result> registryReads, List<Footprint> footprint, List<WarmUp> warmUps, List<String> notes) {

	/**
	 * Warm-up rounds until the JIT compilers have settled, or a most.
	 *
	 * @param of {@code bare engine} or a stack's database
	 * @param compilingShareByRound in each round, the share of the processor time (the
	 * bare engine's JVM's, or the stack's processes') that the compilers took
	 * @param settled whether the last round's share was at most the threshold
	 */
	public record WarmUp(String of, List<Double> compilingShareByRound, boolean settled) {

		/**
		 * Runs rounds, each returning the compilers' share of its processor time (NaN
		 * where unknown), until one's share is at most {@code size.settledCompiling()},
		 * is unknown, or {@code size.warmUpRounds()} have run.
		 */
		public static WarmUp untilSettled(String of, BenchmarkSize size, IntToDoubleFunction round,
				Consumer<String> say) {
			List<Double> shares = new ArrayList<>();
			boolean settled = false;
			for (int number = 1; number <= size.warmUpRounds() && !settled; number++) {
				double share = round.applyAsDouble(number);
				boolean known = !Double.isNaN(share);
				shares.add(known ? Math.round(share * 100) / 100.0 : null);
				say.accept(String.format("warm-up of the %s, round %d: the JIT compilers took %s of the processor time",
						of, number, known ? String.format("%.0f %%", share * 100) : "an unknown share"));
				settled = known && share <= size.settledCompiling();
				if (!known) {
					break;
				}
			}
			return new WarmUp(of, shares, settled);
		}

	}

}
