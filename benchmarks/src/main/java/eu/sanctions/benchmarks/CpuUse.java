package eu.sanctions.benchmarks;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The processor time a workload took, per process, and per position: a figure that holds
 * when the machine is busy with other work, where a rate does not, and that says which
 * process the time went to.
 *
 * @param secondsByProcess processor seconds (user and system) each process used during
 * the workload, and the harness's own ({@value #HARNESS}), which sends the load on the
 * same cores
 * @param totalSeconds their sum, the harness's left out: the system's processor time
 * @param msPerPosition the sum over the positions the workload sent, in milliseconds
 */
public record CpuUse(Map<String, Double> secondsByProcess, double totalSeconds, double msPerPosition) {

	/**
	 * The harness's entry: shown beside the system's processes, not counted in the sum.
	 */
	public static final String HARNESS = "harness";

	/** From the processes' processor times before and after a workload of n positions. */
	public static CpuUse between(Map<String, Duration> before, Map<String, Duration> after, long positions) {
		Map<String, Double> used = new LinkedHashMap<>();
		after.forEach((process, total) -> {
			Duration start = before.get(process);
			if (start != null) {
				used.put(process, round(total.minus(start).toNanos() / 1e9));
			}
		});
		double sum = used.entrySet()
			.stream()
			.filter((entry) -> !entry.getKey().equals(HARNESS))
			.mapToDouble(Map.Entry::getValue)
			.sum();
		return new CpuUse(used, round(sum), (positions > 0) ? round(sum * 1000 / positions) : 0);
	}

	/** The processor time this JVM has used so far, all its threads. */
	public static Duration ofThisProcess() {
		return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
