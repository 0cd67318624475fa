package eu.sanctions.benchmarks;

import org.HdrHistogram.Histogram;

/**
 * A latency distribution's percentiles, in milliseconds, from an HdrHistogram recorded in
 * microseconds.
 *
 * @param count how many values
 * @param p50 the median
 * @param p95 the 95th percentile
 * @param p99 the 99th percentile
 * @param max the largest
 */
public record Latency(long count, double p50, double p95, double p99, double max) {

	/** A histogram for latencies from a microsecond to ten minutes, three digits. */
	public static Histogram histogram() {
		return new Histogram(600_000_000L, 3);
	}

	public static Latency of(Histogram micros) {
		return new Latency(micros.getTotalCount(), millis(micros.getValueAtPercentile(50)),
				millis(micros.getValueAtPercentile(95)), millis(micros.getValueAtPercentile(99)),
				millis(micros.getMaxValue()));
	}

	/** Whether the percentiles are in order: p50 ≤ p95 ≤ p99 ≤ max. */
	public boolean ordered() {
		return this.p50 <= this.p95 && this.p95 <= this.p99 && this.p99 <= this.max;
	}

	private static double millis(long micros) {
		return Math.round(micros / 100.0) / 10.0;
	}

}
