package eu.sanctions.renewal.process;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sanctions.events.inbox.PassingFailures;

/**
 * Runs work against the engine in a transaction of its own, and runs it again when it
 * collided with a concurrent one: desks answering the same renewal at once complete tasks
 * of one process instance, and all but one of them fail with an
 * {@link OptimisticLockingException} (or wait on a lock until they time out). A short,
 * jittered pause lets them pass one after the other. When the collisions go on for every
 * attempt, it gives up with {@link StillColliding}, a failure that may pass: the caller
 * tries again later (a REST client is answered 503, a Kafka record is redelivered).
 */
@Component
public class EngineTransactions {

	static final int ATTEMPTS = 12;

	private static final Logger log = LoggerFactory.getLogger(EngineTransactions.class);

	/**
	 * SQL states of a lock that could not be had: H2's lock timeout, serialization
	 * failures and deadlocks, PostgreSQL's lock not available.
	 */
	private static final Set<String> LOCK_STATES = Set.of("HYT00", "40001", "40P01", "55P03");

	private final TransactionTemplate transactions;

	EngineTransactions(PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * The failures of work against the engine and the database that may pass if the work
	 * is tried again later: the database's own (see {@link PassingFailures}), Spring's
	 * transient data access failures (a lock or connection not had, a database away),
	 * Camunda's optimistic locking conflicts, and {@link StillColliding}.
	 */
	public static final PassingFailures PASSING_FAILURES = PassingFailures.databaseAnd(
			TransientDataAccessException.class, DataAccessResourceFailureException.class,
			CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
			RecoverableDataAccessException.class, OptimisticLockingException.class);

	/**
	 * Runs the work in a new transaction, and again, up to {@value #ATTEMPTS} times,
	 * while it fails for a concurrent change.
	 * @throws StillColliding when every attempt collided
	 */
	public <T> T inTransaction(TransactionCallback<T> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.transactions.execute(work);
			}
			catch (RuntimeException ex) {
				if (!collided(ex)) {
					throw ex;
				}
				if (attempt >= ATTEMPTS) {
					throw new StillColliding(ex);
				}
				log.debug("Attempt {} collided with a concurrent change, retrying: {}", attempt, ex.getMessage());
				pause(attempt);
			}
		}
	}

	/** Whether a failure is a collision with a concurrent transaction. */
	static boolean collided(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof OptimisticLockingException || cause instanceof PessimisticLockingFailureException
					|| cause instanceof TaskGone) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& LOCK_STATES.contains(sql.getSQLState())) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private static void pause(int attempt) {
		long ceiling = Math.min(Duration.ofMillis(20).toMillis() << Math.min(attempt, 5), 500);
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to retry", ex);
		}
	}

	/**
	 * Every attempt collided with concurrent changes (the same renewal much in demand, or
	 * a lock held long): a failure that may pass, to try again later.
	 */
	public static final class StillColliding extends ConcurrencyFailureException {

		StillColliding(Throwable lastCollision) {
			super("Collided with concurrent changes " + ATTEMPTS + " times in a row; try again later", lastCollision);
		}

	}

	/**
	 * The task a desk answered was completed by someone else in the meantime: look again.
	 */
	static final class TaskGone extends RuntimeException {

		TaskGone(String taskId) {
			super("Task " + taskId + " is no longer open");
		}

	}

}
