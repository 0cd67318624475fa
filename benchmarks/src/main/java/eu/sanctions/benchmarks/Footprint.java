package eu.sanctions.benchmarks;

import java.util.Map;

import eu.sanctions.benchmarks.stack.BenchStack;

/**
 * Workload 5, the footprint of one stack: how long it took to start, and each process's
 * resident memory idle (after start) and under load (the highest seen while workload 3
 * ran, sampled every second).
 *
 * @param database the services' database
 * @param broker what the broker was
 * @param startUp how long the stack took to start
 * @param idleMb resident memory per process, idle
 * @param idleTotalMb their sum
 * @param underLoadMb the highest resident memory per process under load, if the load ran
 * on this stack
 * @param underLoadTotalMb their sum
 */
public record Footprint(String database, String broker, BenchStack.StartUp startUp, Map<String, Long> idleMb,
		long idleTotalMb, Map<String, Long> underLoadMb, Long underLoadTotalMb) {

	static long total(Map<String, Long> megabytes) {
		return megabytes.values().stream().mapToLong(Long::longValue).sum();
	}

}
