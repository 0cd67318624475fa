package eu.sanctions.registry.messaging;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;

import static eu.sanctions.registry.messaging.MessagingConfiguration.PASSING_FAILURES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures of the registry's consumers may pass: the database's, as JDBC and as
 * Spring's JDBC support and transactions tell them. What becomes of a failed record is
 * the same in the three services, and tested once in events ({@code FailedRecords}).
 */
class FailedRecordsTest {

	@Test
	void tellsTheFailuresThatMayPassBySpringsTypesAndBySqlState() {
		assertThat(List.of(new CannotAcquireLockException("lock timeout"),
				new CannotCreateTransactionException("database down"), new QueryTimeoutException("slow"),
				new ListenerExecutionFailedException("listener failed",
						new CannotGetJdbcConnectionException("no connection",
								new SQLTransientConnectionException("gone"))),
				new IllegalStateException(new SQLException("Timeout trying to lock table", "HYT00"))))
			.allSatisfy((failure) -> assertThat(PASSING_FAILURES.mayPass(failure)).as("%s", failure).isTrue());
		assertThat(List.of(new DataIntegrityViolationException("check"), new DuplicateKeyException("duplicate"),
				new EventRefusedException("STALE_EXTENSION", "the package moved on"), new NullPointerException()))
			.allSatisfy((failure) -> assertThat(PASSING_FAILURES.mayPass(failure)).as("%s", failure).isFalse());
	}

}
