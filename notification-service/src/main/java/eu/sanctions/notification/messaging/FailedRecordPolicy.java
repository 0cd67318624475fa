package eu.sanctions.notification.messaging;

import java.util.function.BiConsumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

import eu.sanctions.events.cloudevents.EventRejectedException;
import eu.sanctions.events.inbox.PassingFailures;

/**
 * What the consumer does with a record it could not process, the same in the three
 * services:
 * <ul>
 * <li>a record that is not an event of the contract goes to the dead-letter topic at
 * once, with the exception in its headers;</li>
 * <li>(an event the service refused, having answered the sender, goes there at once too:
 * the registry refuses stale events; this service refuses none);</li>
 * <li>a failure that may pass ({@link #PASSING}: the database away, a lock, a time-out)
 * is tried again, after a wait that doubles up to a cap, for as long as it lasts: the
 * records after it on its partition wait, so a package's events stay in order, and a
 * valid event is never set aside because the database was away for a while;</li>
 * <li>any other failure (a bug) is tried a few times, then goes to the dead-letter topic
 * with the exception, so that it does not hold the partition for ever.</li>
 * </ul>
 * Every failed try is counted in {@value #FAILURES}, tagged by whether it may pass.
 */
final class FailedRecordPolicy {

	/**
	 * The counter of failed tries, tagged {@code kind=passing} or
	 * {@code kind=not-passing}.
	 */
	static final String FAILURES = "sanctions.kafka.consumer.failures";

	/** The database's passing failures, as JDBC and as Spring's data access tell them. */
	static final PassingFailures PASSING = PassingFailures.databaseAnd(TransientDataAccessException.class,
			DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
			CannotGetJdbcConnectionException.class, RecoverableDataAccessException.class);

	private static final Logger log = LoggerFactory.getLogger(FailedRecordPolicy.class);

	private final ConsumerRetrySettings settings;

	FailedRecordPolicy(ConsumerRetrySettings settings) {
		this.settings = settings;
	}

	/** How long to wait before each next try of a record that failed so. */
	BackOff backOffAfter(Exception failure) {
		if (PASSING.mayPass(failure)) {
			ExponentialBackOff waitItOut = new ExponentialBackOff(this.settings.firstWait().toMillis(), 2.0);
			waitItOut.setMaxInterval(this.settings.longestWait().toMillis());
			return waitItOut;
		}
		return new FixedBackOff(this.settings.waitOfAFailureThatWillNotPass().toMillis(),
				this.settings.triesOfAFailureThatWillNotPass() - 1L);
	}

	/**
	 * The error handler of every listener container of the service.
	 * @param deadLetters publishes a record that is given up on to its dead-letter topic
	 */
	DefaultErrorHandler errorHandler(BiConsumer<ConsumerRecord<?, ?>, Exception> deadLetters, MeterRegistry meters) {
		DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters::accept,
				backOffAfter(new IllegalStateException("a failure that will not pass")));
		handler.setBackOffFunction((record, failure) -> backOffAfter(failure));
		// A failure that turns into another (the database back, then a bug) is judged
		// anew.
		handler.setResetStateOnExceptionChange(true);
		handler.addNotRetryableExceptions(EventRejectedException.class);
		handler.setRetryListeners(new Counting(meters));
		return handler;
	}

	private static final class Counting implements RetryListener {

		private final MeterRegistry meters;

		private Counting(MeterRegistry meters) {
			this.meters = meters;
		}

		@Override
		public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int deliveryAttempt) {
			boolean passing = PASSING.mayPass(failure);
			this.meters.counter(FAILURES, "topic", record.topic(), "kind", passing ? "passing" : "not-passing")
				.increment();
			if (passing) {
				log.warn(
						"Record {}-{}@{} failed (try {}) for a reason that may pass; it and the records after it "
								+ "wait: {}",
						record.topic(), record.partition(), record.offset(), deliveryAttempt,
						NestedExceptionUtils.getMostSpecificCause(failure).toString());
			}
		}

	}

}
