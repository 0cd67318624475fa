package eu.sanctions.notification.messaging;

import java.sql.SQLException;
import java.util.List;

import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.PersistenceException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.orm.jpa.JpaObjectRetrievalFailureException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import static eu.sanctions.notification.messaging.MessagingConfiguration.PASSING_FAILURES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures of the notification-service's consumers may pass: the database's, as
 * JDBC, Hibernate and Spring's JPA support tell them. What becomes of a failed record is
 * the same in the three services, and tested once in events ({@code FailedRecords}).
 */
class FailedRecordsTest {

	@Test
	void tellsTheFailuresThatMayPassAsJpaAndSpringsDataAccessTellThem() {
		assertThat(List.of(
				new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
						new JDBCConnectionException("Unable to acquire JDBC Connection",
								new SQLException("Connection refused", "08001"))),
				new PessimisticLockingFailureException("lock timeout"),
				new JpaSystemException(new PersistenceException(
						new SQLException("terminating connection due to administrator command", "57P01")))))
			.allSatisfy((failure) -> assertThat(PASSING_FAILURES.mayPass(failure)).as("%s", failure).isTrue());
		assertThat(List.of(new DataIntegrityViolationException("duplicate"),
				new JpaObjectRetrievalFailureException(new EntityNotFoundException("no such subscription")),
				new NullPointerException()))
			.allSatisfy((failure) -> assertThat(PASSING_FAILURES.mayPass(failure)).as("%s", failure).isFalse());
	}

}
