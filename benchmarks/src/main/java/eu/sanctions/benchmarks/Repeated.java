package eu.sanctions.benchmarks;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A workload run several times in one run of the harness, so that one slow or fast minute
 * of a shared machine does not make its figure: the run in the middle by a figure stands
 * for them all, beside each run's figure.
 */
public final class Repeated {

	private Repeated() {
	}

	/**
	 * The median run by {@code figure}: the middle one of an odd number, the lower of the
	 * two middle ones of an even number (a real run, not an average of two).
	 */
	public static <T> T median(List<T> runs, ToDoubleFunction<T> figure) {
		if (runs.isEmpty()) {
			throw new IllegalArgumentException("No runs");
		}
		List<T> sorted = runs.stream().sorted(Comparator.comparingDouble(figure)).toList();
		return sorted.get((sorted.size() - 1) / 2);
	}

	/** Each run's figure, in the order they ran, to two decimals. */
	public static <T> List<Double> figures(List<T> runs, ToDoubleFunction<T> figure) {
		return runs.stream().map((run) -> Math.round(figure.applyAsDouble(run) * 100) / 100.0).toList();
	}

}
