package eu.sanctions.notification.messaging;

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

import eu.sanctions.events.inbox.ConsumerRetries;

import static eu.sanctions.notification.messaging.MessagingConfiguration.PASSING_FAILURES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the notification-service's consumers make of a failed record: which failures may
 * pass, and the waits of {@link ConsumerRetries} as Spring's back-off.
 */
class FailedRecordsTest {

	private final ConsumerRetries retries = new ConsumerRetries(Duration.ofSeconds(1), Duration.ofSeconds(30), 3,
			Duration.ofSeconds(1));

	@Test
	void waitsOutAFailureThatMayPassForEverWithWaitsThatDoubleUpToTheCap() {
		List<Long> waits = waits(MessagingConfiguration.backOff(this.retries, new ListenerExecutionFailedException(
				"listener failed",
				new CannotGetJdbcConnectionException("no connection", new SQLTransientConnectionException("gone")))),
				1000);

		assertThat(waits).hasSize(1000).startsWith(1000L, 2000L, 4000L, 8000L, 16000L, 30000L, 30000L);
		assertThat(waits).allSatisfy((wait) -> assertThat(wait).isLessThanOrEqualTo(30000L));
	}

	@Test
	void triesAFailureThatWillNotPassThreeTimesInAll() {
		assertThat(waits(MessagingConfiguration.backOff(this.retries, new IllegalStateException("a bug")), 1000))
			.containsExactly(1000L, 1000L);
	}

	@Test
	void startsTheWaitsAfreshForEachRecord() {
		BackOff backOff = MessagingConfiguration.backOff(this.retries, new IllegalStateException("a bug"));

		assertThat(waits(backOff, 1000)).containsExactly(1000L, 1000L);
		assertThat(waits(backOff, 1000)).containsExactly(1000L, 1000L);
	}

	@Test
	void tellsTheFailuresThatMayPassBySpringsTypesAndBySqlState() {
		assertThat(PASSING_FAILURES.mayPass(new CannotAcquireLockException("lock timeout"))).isTrue();
		assertThat(PASSING_FAILURES.mayPass(new CannotCreateTransactionException("database down"))).isTrue();
		assertThat(PASSING_FAILURES
			.mayPass(new IllegalStateException(new SQLException("Timeout trying to lock table", "HYT00")))).isTrue();
		assertThat(PASSING_FAILURES.mayPass(new DataIntegrityViolationException("duplicate"))).isFalse();
		assertThat(PASSING_FAILURES.mayPass(new NullPointerException())).isFalse();
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
