package eu.sanctions.registry.messaging;

import io.cloudevents.CloudEvent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import eu.sanctions.events.EventType;
import eu.sanctions.events.SanctionsEvent;
import eu.sanctions.events.outbox.Outbox;
import eu.sanctions.events.outbox.OutboxRelay;

/**
 * The one way this service publishes: the event joins the outbox in the caller's
 * transaction, so it leaves if and only if the change it reports commits, and the relay
 * is woken right after the commit instead of at its next poll.
 */
@Component
public class EventPublisher {

	private final Outbox outbox;

	private final TopicNames topics;

	private final WakeUpAfterCommit wakeUp;

	EventPublisher(Outbox outbox, ObjectProvider<OutboxRelay> relay, TopicNames topics) {
		this.outbox = outbox;
		this.topics = topics;
		this.wakeUp = new WakeUpAfterCommit(relay);
	}

	/**
	 * Appends the event to the outbox, for its type's topic.
	 * @return the CloudEvent as it will be published
	 * @throws IllegalStateException outside a transaction: an event without its change
	 * would be a lie
	 */
	public CloudEvent publish(SanctionsEvent event) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("Events are published in the transaction of the change they report");
		}
		CloudEvent cloudEvent = this.outbox.append(this.topics.name(EventType.of(event).topic()), event);
		if (!TransactionSynchronizationManager.getSynchronizations().contains(this.wakeUp)) {
			TransactionSynchronizationManager.registerSynchronization(this.wakeUp);
		}
		return cloudEvent;
	}

	/** Without a relay (switched off), the events wait in the outbox. */
	private record WakeUpAfterCommit(ObjectProvider<OutboxRelay> relay) implements TransactionSynchronization {

		@Override
		public void afterCommit() {
			this.relay.ifAvailable(OutboxRelay::wakeUp);
		}

	}

}
