package eu.sanctions.registry.messaging;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

import static org.assertj.core.api.Assertions.assertThat;

/** How long the consumer waits before it tries a failed record again, and until when. */
class FailedRecordPolicyTest {

	private final FailedRecordPolicy policy = new FailedRecordPolicy(
			new ConsumerRetrySettings(Duration.ofSeconds(1), Duration.ofSeconds(30), 3, Duration.ofSeconds(1)));

	@Test
	void waitsOutAFailureThatMayPassForEverWithWaitsThatDoubleUpToTheCap() {
		List<Long> waits = waits(this.policy.backOffAfter(new ListenerExecutionFailedException("listener failed",
				new CannotGetJdbcConnectionException("no connection", new SQLTransientConnectionException("gone")))),
				1000);

		assertThat(waits).hasSize(1000).startsWith(1000L, 2000L, 4000L, 8000L, 16000L, 30000L, 30000L);
		assertThat(waits).allSatisfy((wait) -> assertThat(wait).isLessThanOrEqualTo(30000L));
	}

	@Test
	void tellsTheFailuresThatMayPassBySpringsTypesAndBySqlState() {
		assertThat(FailedRecordPolicy.PASSING.mayPass(new CannotAcquireLockException("lock timeout"))).isTrue();
		assertThat(FailedRecordPolicy.PASSING.mayPass(new CannotCreateTransactionException("database down"))).isTrue();
		assertThat(FailedRecordPolicy.PASSING
			.mayPass(new IllegalStateException(new SQLException("Timeout trying to lock table", "HYT00")))).isTrue();
		assertThat(FailedRecordPolicy.PASSING.mayPass(new DataIntegrityViolationException("duplicate"))).isFalse();
		assertThat(FailedRecordPolicy.PASSING.mayPass(new NullPointerException())).isFalse();
	}

	@Test
	void triesAFailureThatWillNotPassThreeTimesInAll() {
		List<Long> waits = waits(this.policy.backOffAfter(new IllegalStateException("a bug")), 1000);

		assertThat(waits).containsExactly(1000L, 1000L);
	}

	/** The waits the back-off gives, up to a number, until it says stop. */
	private static List<Long> waits(BackOff backOff, int atMost) {
		BackOffExecution execution = backOff.start();
		List<Long> waits = new ArrayList<>();
		for (long wait = execution.nextBackOff(); wait != BackOffExecution.STOP
				&& waits.size() < atMost; wait = execution.nextBackOff()) {
			waits.add(wait);
		}
		return waits;
	}

}
