package eu.sanctions.renewal.messaging;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
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

import eu.sanctions.events.EventStorageException;

import static eu.sanctions.renewal.messaging.MessagingConfiguration.PASSING_FAILURES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures of the renewal-service's consumers may pass: the database's and the
 * engine's conflicts. What becomes of a failed record is the same in the three services,
 * and tested once in events ({@code FailedRecords}).
 */
class FailedRecordsTest {

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

}
