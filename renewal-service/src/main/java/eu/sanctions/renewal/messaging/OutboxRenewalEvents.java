package eu.sanctions.renewal.messaging;

import io.cloudevents.CloudEvent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import eu.sanctions.events.EventType;
import eu.sanctions.events.SanctionsEvent;
import eu.sanctions.events.outbox.Outbox;
import eu.sanctions.events.outbox.OutboxRelay;
import eu.sanctions.events.renewal.PositionsRequested;
import eu.sanctions.processes.process.RenewalEvents;
import eu.sanctions.renewal.renewal.PositionsOpened;
import eu.sanctions.renewal.renewal.RenewalProjection;

/**
 * Where the renewal process's events go, and this service's own
 * ({@code position-rejected}): into the outbox and the read model, both in the
 * transaction of the step that emits them (the engine's), so that a step, its events and
 * what the API shows commit or roll back together. The relay is woken right after the
 * commit, and a round of positions, once committed, lets the positions kept for it be
 * applied.
 */
@Component
class OutboxRenewalEvents implements RenewalEvents {

	private final Outbox outbox;

	private final TopicNames topics;

	private final RenewalProjection projection;

	private final ApplicationEventPublisher applicationEvents;

	private final WakeUpAfterCommit wakeUp;

	OutboxRenewalEvents(Outbox outbox, TopicNames topics, RenewalProjection projection,
			ApplicationEventPublisher applicationEvents, ObjectProvider<OutboxRelay> relay) {
		this.outbox = outbox;
		this.topics = topics;
		this.projection = projection;
		this.applicationEvents = applicationEvents;
		this.wakeUp = new WakeUpAfterCommit(relay);
	}

	/**
	 * @throws IllegalStateException outside a transaction: an event without its change
	 * would be a lie
	 */
	@Override
	public void publish(SanctionsEvent event) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("Events are published in the transaction of the change they report");
		}
		CloudEvent cloudEvent = this.outbox.append(this.topics.name(EventType.of(event).topic()), event);
		this.projection.apply(event, cloudEvent.getId(), cloudEvent.getTime().toInstant());
		if (!TransactionSynchronizationManager.getSynchronizations().contains(this.wakeUp)) {
			TransactionSynchronizationManager.registerSynchronization(this.wakeUp);
		}
		if (event instanceof PositionsRequested requested) {
			this.applicationEvents.publishEvent(new PositionsOpened(requested.renewalId(), requested.round()));
		}
	}

	/** Without a relay (switched off), the events wait in the outbox. */
	private record WakeUpAfterCommit(ObjectProvider<OutboxRelay> relay) implements TransactionSynchronization {

		@Override
		public void afterCommit() {
			this.relay.ifAvailable(OutboxRelay::wakeUp);
		}

	}

}
