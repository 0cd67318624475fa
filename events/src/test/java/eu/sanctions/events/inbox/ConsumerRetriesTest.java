package eu.sanctions.events.inbox;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.DurationStyle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** How long a consumer waits before it tries a failed record again, and until when. */
class ConsumerRetriesTest {

	private static final PassingFailures PASSING = PassingFailures.databaseAnd();

	/** A failure that may pass, wrapped as a listener container wraps it. */
	private static final RuntimeException DATABASE_AWAY = new IllegalStateException("listener failed",
			new RuntimeException("no connection", new SQLTransientConnectionException("gone")));

	private static final RuntimeException A_BUG = new IllegalStateException("a bug",
			new SQLException("check violated", "23514"));

	@ParameterizedTest(name = "first {0}, longest {1}: {2}, then {1} without end")
	@CsvSource(delimiter = '|', value = { "1s    | 30s  | 1s 2s 4s 8s 16s", "500ms | 30s  | 500ms 1s 2s 4s 8s 16s",
			"100ms | 500ms | 100ms 200ms 400ms", "3s    | 3s   | ''", "1s    | 3s   | 1s 2s" })
	void waitsOutAFailureThatMayPassWithoutEndTheWaitsDoublingUpToTheLongest(String first, String longest,
			String doubling) {
		ConsumerRetries retries = new ConsumerRetries(duration(first), duration(longest), 3, Duration.ofSeconds(1));
		List<Duration> doublings = doubling.isBlank() ? List.of()
				: Arrays.stream(doubling.split(" ")).map(ConsumerRetriesTest::duration).toList();

		List<Duration> waits = retries.waitsAfter(DATABASE_AWAY, PASSING).limit(10_000).toList();

		assertThat(waits).hasSize(10_000);
		assertThat(waits.subList(0, doublings.size())).containsExactlyElementsOf(doublings);
		assertThat(waits.subList(doublings.size(), waits.size())).containsOnly(duration(longest));
	}

	@ParameterizedTest(name = "{0} tries in all, {1} apart: {2}")
	@CsvSource(delimiter = '|',
			value = { "3 | 1s    | 1s 1s", "1 | 1s    | ''", "5 | 200ms | 200ms 200ms 200ms 200ms", "2 | 0s    | 0s" })
	void triesABugAFewTimesInAllThenGivesUp(int tries, String wait, String waits) {
		ConsumerRetries retries = new ConsumerRetries(Duration.ofSeconds(1), Duration.ofSeconds(30), tries,
				duration(wait));

		assertThat(retries.waitsAfter(A_BUG, PASSING).limit(10_000).toList()).containsExactlyElementsOf(waits.isBlank()
				? List.of() : Arrays.stream(waits.split(" ")).map(ConsumerRetriesTest::duration).toList());
	}

	@Test
	void judgesAFailureByThePassingFailuresItIsGiven() {
		ConsumerRetries retries = ConsumerRetries.defaults();
		RuntimeException frameworkTimeout = new IllegalStateException(new java.util.concurrent.TimeoutException());

		assertThat(retries.waitsAfter(frameworkTimeout, PASSING)).containsExactly(Duration.ofSeconds(1),
				Duration.ofSeconds(1));
		assertThat(retries
			.waitsAfter(frameworkTimeout, PassingFailures.databaseAnd(java.util.concurrent.TimeoutException.class))
			.limit(7)).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
					Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(30), Duration.ofSeconds(30));
	}

	@Test
	void takesTheDefaultsForWhatIsNotSet() {
		assertThat(ConsumerRetries.defaults())
			.isEqualTo(new ConsumerRetries(Duration.ofSeconds(1), Duration.ofSeconds(30), 3, Duration.ofSeconds(1)));
		assertThat(new ConsumerRetries(null, Duration.ofSeconds(5), null, null))
			.isEqualTo(new ConsumerRetries(Duration.ofSeconds(1), Duration.ofSeconds(5), 3, Duration.ofSeconds(1)));
	}

	@Test
	void isBoundBySpringFromWhicheverPropertiesAreSet() {
		Binder binder = new Binder(
				new MapConfigurationPropertySource(Map.of("sanctions.kafka.consumer-retry.first-wait", "100ms",
						"sanctions.kafka.consumer-retry.tries-of-a-bug", "5")));

		assertThat(binder.bindOrCreate("sanctions.kafka.consumer-retry", ConsumerRetries.class))
			.isEqualTo(new ConsumerRetries(Duration.ofMillis(100), Duration.ofSeconds(30), 5, Duration.ofSeconds(1)));
		assertThat(binder.bindOrCreate("sanctions.kafka.nothing-here", ConsumerRetries.class))
			.isEqualTo(ConsumerRetries.defaults());
	}

	@Test
	void refusesSettingsThatMakeNoSense() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ConsumerRetries(Duration.ofSeconds(1), Duration.ofSeconds(30), 0, Duration.ZERO));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new ConsumerRetries(Duration.ofSeconds(10), Duration.ofSeconds(1), 3, Duration.ofSeconds(1)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ConsumerRetries(Duration.ZERO, Duration.ofSeconds(1), 3, Duration.ofSeconds(1)));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new ConsumerRetries(Duration.ofSeconds(1), Duration.ofSeconds(1), 3, Duration.ofSeconds(-1)));
	}

	@Test
	void doesNotOverflowWithTheLongestWaitThereIs() {
		Duration longest = Duration.ofSeconds(Long.MAX_VALUE);

		assertThat(new ConsumerRetries(Duration.ofSeconds(1), longest, 3, Duration.ofSeconds(1))
			.waitsAfter(DATABASE_AWAY, PASSING)
			.limit(100)
			.toList()).endsWith(longest, longest);
	}

	/** A duration as a property gives it: 500ms, 1s. */
	private static Duration duration(String text) {
		return DurationStyle.detectAndParse(text.strip());
	}

}
