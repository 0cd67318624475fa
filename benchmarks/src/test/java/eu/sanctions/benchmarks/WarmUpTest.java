package eu.sanctions.benchmarks;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Warm-up rounds run until the JIT compilers' share of the processor time settles at the
 * threshold, and no longer than the most rounds; a share that cannot be read ends them.
 */
class WarmUpTest {

	private final BenchmarkSize size = BenchmarkSize.full();

	private final List<String> said = new ArrayList<>();

	@Test
	void stopsAtTheFirstRoundWhoseShareIsAtMostTheThreshold() {
		double[] shares = { 0.41, 0.23, 0.10, 0.05 };

		BenchmarkReport.WarmUp warmUp = BenchmarkReport.WarmUp.untilSettled("bare engine", this.size,
				(round) -> shares[round - 1], this.said::add);

		assertThat(warmUp.compilingShareByRound()).containsExactly(0.41, 0.23, 0.1);
		assertThat(warmUp.settled()).isTrue();
		assertThat(this.said).hasSize(3).last().asString().contains("round 3").contains("10 %");
	}

	@Test
	void runsTheMostRoundsAndSaysItDidNotSettle() {
		BenchmarkReport.WarmUp warmUp = BenchmarkReport.WarmUp.untilSettled("H2", this.size, (round) -> 0.3,
				this.said::add);

		assertThat(warmUp.compilingShareByRound()).hasSize(this.size.warmUpRounds()).containsOnly(0.3);
		assertThat(warmUp.settled()).isFalse();
	}

	@Test
	void aShareThatCannotBeReadEndsTheRoundsUnsettled() {
		BenchmarkReport.WarmUp warmUp = BenchmarkReport.WarmUp.untilSettled("H2", this.size, (round) -> Double.NaN,
				this.said::add);

		assertThat(warmUp.compilingShareByRound()).containsExactly((Double) null);
		assertThat(warmUp.settled()).isFalse();
		assertThat(this.said).singleElement().asString().contains("an unknown share");
	}

}
