package eu.sanctions.benchmarks;

import java.util.List;

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
 * @param size how much each workload did
 * @param wallSeconds how long the whole run took
 * @param bareEngine workload 1
 * @param throughTheSystem workload 2
 * @param latencyUnderLoad workload 3
 * @param registryReads workload 4
 * @param footprint workload 5
 * @param notes what the reader should know to read the figures
 */
public record BenchmarkReport(String date, String command, Machine machine, BenchmarkSize size, double wallSeconds,
		List<BareEngineWorkload.Result> bareEngine, List<ThroughTheSystem.Result> throughTheSystem,
		List<LatencyUnderLoad.Result> latencyUnderLoad, List<RegistryReads.Result> registryReads,
		List<Footprint> footprint, List<String> notes) {
}
