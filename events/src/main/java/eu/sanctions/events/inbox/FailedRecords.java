package eu.sanctions.events.inbox;

import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a consumer makes of a record it could not process, the same in every service. The
 * service's error handler (Spring's, which this plain library cannot name) hands each
 * failure to it:
 * <ul>
 * <li>{@link #waitsAfter}: the waits before each next try of the record, as
 * {@link ConsumerRetries} says for a failure that may pass and for a bug;</li>
 * <li>{@link #byKind}: the failure under a class that tells its kind, for an error
 * handler that starts a record's tries afresh when the class of its failure changes;</li>
 * <li>{@link #failedTry}: each failed try counted in {@value ConsumerRetries#FAILURES},
 * and logged when it may pass (the error handler logs a bug when it gives up on it).</li>
 * </ul>
 */
public final class FailedRecords {

	private static final Logger log = LoggerFactory.getLogger(FailedRecords.class);

	private final ConsumerRetries retries;

	private final PassingFailures passing;

	private final MeterRegistry meters;

	/**
	 * @param retries how the service's consumers try a record again
	 * ({@code sanctions.kafka.consumer-retry.*})
	 * @param passing the failures that may pass, the database's and the service's
	 * framework's
	 * @param meters where the failed tries are counted
	 */
	public FailedRecords(ConsumerRetries retries, PassingFailures passing, MeterRegistry meters) {
		this.retries = retries;
		this.passing = passing;
		this.meters = meters;
	}

	/**
	 * The waits before each next try of a record after this failure, from the first; when
	 * they run out, the record goes to the dead-letter topic. Each call starts afresh.
	 */
	public Iterator<Duration> waitsAfter(Throwable failure) {
		return this.retries.waitsAfter(failure, this.passing).iterator();
	}

	/**
	 * The failure under a class that says its kind: a failure that may pass under a class
	 * of its own (whose cause is the failure), any other as it is. An error handler
	 * starts a record's tries afresh when the class of its failure changes; but one class
	 * can fail both ways (the outbox's or the inbox's {@code EventStorageException}: a
	 * statement time-out, then a check violated). Shown the failures as they are, it
	 * would try a bug after an outage for ever, and set a valid event aside when the
	 * database went away after a bug's first try.
	 */
	public Exception byKind(Exception failure) {
		return this.passing.mayPass(failure) ? new FailureThatMayPass(failure) : failure;
	}

	/**
	 * Counts a failed try of a record in {@value ConsumerRetries#FAILURES}, tagged with
	 * its {@code topic} and {@code kind} ({@code passing} or {@code not-passing}), and
	 * logs it if it may pass: the record and the ones after it on its partition wait.
	 * @param attempt the how-manieth try of the record failed
	 */
	public void failedTry(ConsumerRecord<?, ?> record, Exception failure, int attempt) {
		boolean mayPass = this.passing.mayPass(failure);
		this.meters
			.counter(ConsumerRetries.FAILURES, "topic", record.topic(), "kind", mayPass ? "passing" : "not-passing")
			.increment();
		if (mayPass) {
			log.warn("Record {}-{}@{} failed (try {}) for a reason that may pass; it and the records after it wait: {}",
					record.topic(), record.partition(), record.offset(), attempt, deepestCause(failure).toString());
		}
	}

	/** What went wrong at the bottom, rather than the wrappers around it. */
	private static Throwable deepestCause(Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Throwable deepest = failure;
		while (deepest.getCause() != null && seen.add(deepest)) {
			deepest = deepest.getCause();
		}
		return deepest;
	}

	/** A failure that may pass, under a class of its own. */
	private static final class FailureThatMayPass extends RuntimeException {

		FailureThatMayPass(Exception failure) {
			super(failure.getMessage(), failure, false, false);
		}

	}

}
