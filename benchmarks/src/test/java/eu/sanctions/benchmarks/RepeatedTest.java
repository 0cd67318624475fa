package eu.sanctions.benchmarks;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RepeatedTest {

	private record Run(String name, double rate) {
	}

	@Test
	void theMedianRunIsTheMiddleOneByItsFigureWhateverTheOrderTheyRanIn() {
		List<Run> runs = List.of(new Run("first", 1.5), new Run("second", 0.7), new Run("third", 1.2));

		assertThat(Repeated.median(runs, Run::rate).name()).isEqualTo("third");
		assertThat(Repeated.figures(runs, Run::rate)).containsExactly(1.5, 0.7, 1.2);
	}

	@Test
	void ofAnEvenNumberTheLowerOfTheTwoMiddleRunsStandsForThem() {
		List<Run> runs = List.of(new Run("a", 2.0), new Run("b", 1.0), new Run("c", 4.0), new Run("d", 3.0));

		assertThat(Repeated.median(runs, Run::rate).name()).isEqualTo("a");
		assertThat(Repeated.median(List.of(new Run("only", 0.4)), Run::rate).name()).isEqualTo("only");
	}

	@Test
	void figuresAreKeptToTwoDecimalsAndNoRunsHaveNoMedian() {
		assertThat(Repeated.figures(List.of(new Run("x", 1.23456), new Run("y", 0.006)), Run::rate))
			.containsExactly(1.23, 0.01);
		assertThatIllegalArgumentException().isThrownBy(() -> Repeated.median(List.<Run>of(), Run::rate));
	}

}
