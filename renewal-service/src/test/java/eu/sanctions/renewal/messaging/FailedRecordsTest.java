package eu.sanctions.renewal.messaging;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

import eu.sanctions.events.EventStorageException;
import eu.sanctions.events.inbox.ConsumerRetries;

import static eu.sanctions.renewal.messaging.MessagingConfiguration.PASSING_FAILURES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the renewal-service's consumers make of a failed record: which failures may pass,
 * the engine's conflicts among them, and the waits of {@link ConsumerRetries} as Spring's
 * back-off.
 */
class FailedRecordsTest {

	private final ConsumerRetries retries = new ConsumerRetries(Duration.ofMillis(500), Duration.ofSeconds(30), 3,
			Duration.ofSeconds(1));

	@Test
	void triesAFailureThatMayPassAgainWithoutEndPausingAtMostThirtySeconds() {
		List<Long> pauses = pauses(MessagingConfiguration.backOff(this.retries,
				new CannotGetJdbcConnectionException("database away", new SQLException())), 10_000);

		assertThat(pauses).hasSize(10_000).doesNotContain(BackOffExecution.STOP);
		assertThat(pauses.subList(0, 4)).containsExactly(500L, 1000L, 2000L, 4000L);
		assertThat(pauses.subList(10, 10_000)).containsOnly(30_000L);
	}

	@Test
	void triesABugThreeTimesInAllThenGivesUp() {
		assertThat(pauses(MessagingConfiguration.backOff(this.retries, new IllegalStateException("a bug")), 10))
			.containsExactly(1000L, 1000L, BackOffExecution.STOP);
	}

	@Test
	void tellsTheFailuresThatMayPass() {
		assertThat(List.of(new CannotCreateTransactionException("no connection", new SQLTransientConnectionException()),
				new CannotAcquireLockException("lock"), new QueryTimeoutException("slow"),
				new RecoverableDataAccessException("recovering"), new OptimisticLockingException("engine conflict"),
				new EventStorageException("outbox", new SQLException("cancelled", "57014")),
				new ListenerExecutionFailedException("listener",
						new EventStorageException("inbox", new SQLException("serialization", "40001")))))
			.allSatisfy((failure) -> assertThat(PASSING_FAILURES.mayPass(failure)).as("%s", failure).isTrue());
		assertThat(List.of(new IllegalStateException("a bug"), new DuplicateKeyException("duplicate"),
				new DataIntegrityViolationException("check"),
				new EventStorageException("outbox", new SQLException("check", "23514"))))
			.allSatisfy((failure) -> assertThat(PASSING_FAILURES.mayPass(failure)).as("%s", failure).isFalse());
	}

	private static List<Long> pauses(BackOff backOff, int most) {
		BackOffExecution execution = backOff.start();
		List<Long> pauses = new ArrayList<>();
		for (int i = 0; i < most; i++) {
			long pause = execution.nextBackOff();
			pauses.add(pause);
			if (pause == BackOffExecution.STOP) {
				break;
			}
		}
		return pauses;
	}

}
