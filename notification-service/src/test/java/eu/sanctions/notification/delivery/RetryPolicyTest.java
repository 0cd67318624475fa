package eu.sanctions.notification.delivery;

import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Exponential backoff with full jitter, then a dead letter. */
class RetryPolicyTest {

	private final RetryPolicy policy = new RetryPolicy(6, Duration.ofSeconds(10), Duration.ofSeconds(60));

	static Stream<Arguments> ceilings() {
		return Stream.of(arguments(1, 10), arguments(2, 20), arguments(3, 40), arguments(4, 60), arguments(5, 60));
	}

	@ParameterizedTest(name = "after {0} failed attempts the wait is at most {1} s")
	@MethodSource("ceilings")
	void doublesTheLongestWaitAfterEachFailureUpToTheCap(int failedAttempts, int seconds) {
		assertThat(this.policy.ceilingAfter(failedAttempts)).isEqualTo(Duration.ofSeconds(seconds));
	}

	@Test
	void waitsAnywhereBetweenNothingAndTheCeiling() {
		assertThat(this.policy.delayAfter(3, 0.0)).contains(Duration.ZERO);
		assertThat(this.policy.delayAfter(3, 0.5)).contains(Duration.ofSeconds(20));
		assertThat(this.policy.delayAfter(3, 0.999)).hasValueSatisfying(
				(delay) -> assertThat(delay).isLessThan(Duration.ofSeconds(40)).isGreaterThan(Duration.ofSeconds(39)));
	}

	@Test
	void givesUpAfterTheLastAttempt() {
		assertThat(this.policy.delayAfter(5, 0.5)).isPresent();
		assertThat(this.policy.delayAfter(6, 0.5)).isEmpty();
		assertThat(new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1)).delayAfter(1, 0.5)).isEmpty();
	}

	@Test
	void keepsTheCeilingOfALongSeriesAtTheCap() {
		assertThat(new RetryPolicy(1000, Duration.ofMillis(1), Duration.ofMinutes(30)).ceilingAfter(999))
			.isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void refusesAPolicyThatNeverTriesOrNeverWaits() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ofSeconds(1)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1)));
	}

}
