package eu.sanctions.registry.messaging;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.util.backoff.BackOffExecution;

import eu.sanctions.events.inbox.FailedRecords;

/**
 * Spring's error handler for the consumers, the same in the three services: the glue
 * between Spring Kafka and {@link FailedRecords}, which says what becomes of a failed
 * record and cannot name Spring's types (events is a plain library). A record whose tries
 * run out goes to the dead-letter topic, its headers naming what went wrong rather than
 * the listener adapter's wrapper around it.
 */
final class ConsumerErrorHandler extends DefaultErrorHandler {

	private final FailedRecords failed;

	ConsumerErrorHandler(FailedRecords failed, DeadLetterPublishingRecoverer deadLetters) {
		super((record, ex) -> deadLetters.accept(record,
				(ex instanceof ListenerExecutionFailedException && ex.getCause() instanceof Exception cause) ? cause
						: ex));
		this.failed = failed;
		setBackOffFunction((record, failure) -> () -> {
			Iterator<Duration> waits = failed.waitsAfter(failure);
			return () -> waits.hasNext() ? waits.next().toMillis() : BackOffExecution.STOP;
		});
		// Spring judges a record anew when the class of its failure changes: see
		// FailedRecords#byKind.
		setResetStateOnExceptionChange(true);
		setRetryListeners(failed::failedTry);
	}

	@Override
	public boolean handleOne(Exception failure, ConsumerRecord<?, ?> record, Consumer<?, ?> consumer,
			MessageListenerContainer container) {
		return super.handleOne(this.failed.byKind(failure), record, consumer, container);
	}

	@Override
	public void handleRemaining(Exception failure, List<ConsumerRecord<?, ?>> records, Consumer<?, ?> consumer,
			MessageListenerContainer container) {
		super.handleRemaining(this.failed.byKind(failure), records, consumer, container);
	}

}
