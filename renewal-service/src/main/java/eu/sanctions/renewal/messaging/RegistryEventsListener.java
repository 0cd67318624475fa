package eu.sanctions.renewal.messaging;

import java.time.Clock;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import eu.sanctions.events.cloudevents.EventCodec;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.inbox.Inbox;
import eu.sanctions.events.registry.MeasuresExtended;
import eu.sanctions.events.registry.RegistryUpdateRejected;
import eu.sanctions.events.registry.RenewalDue;
import eu.sanctions.renewal.process.CorrelatingMessages;
import eu.sanctions.renewal.process.EngineTransactions;
import eu.sanctions.renewal.process.StartingRenewals;
import eu.sanctions.renewal.renewal.Timeline;

/**
 * The registry's events ({@code sanctions.registry.events}): {@code renewal-due} starts
 * the renewal of that expiry unless it runs or has ended; {@code measures-extended} and
 * {@code registry-update-rejected} answer the renewal that waits for them. An answer that
 * finds nobody waiting (a late duplicate, a renewal over) is acknowledged, logged and put
 * in the renewal's timeline. Each event is applied once (inbox); a record that is not an
 * event of the contract goes to the dead-letter topic.
 */
@Component
class RegistryEventsListener {

	static final String CONSUMER = "renewal-registry-events";

	private static final Logger log = LoggerFactory.getLogger(RegistryEventsListener.class);

	private final EventCodec codec;

	private final Inbox inbox;

	private final EngineTransactions transactions;

	private final StartingRenewals starting;

	private final CorrelatingMessages messages;

	private final Timeline timeline;

	private final Clock clock;

	RegistryEventsListener(EventCodec codec, Inbox inbox, EngineTransactions transactions, StartingRenewals starting,
			CorrelatingMessages messages, Timeline timeline, Clock clock) {
		this.codec = codec;
		this.inbox = inbox;
		this.transactions = transactions;
		this.starting = starting;
		this.messages = messages;
		this.timeline = timeline;
		this.clock = clock;
	}

	@KafkaListener(id = CONSUMER, idIsGroup = false, topics = "#{@topicNames.registryEvents()}")
	void on(ConsumerRecord<String, byte[]> record) {
		ReceivedEvent event = this.codec.decode(record);
		switch (event.type()) {
			case RENEWAL_DUE -> once(event, () -> renewalDue(event));
			case MEASURES_EXTENDED -> once(event, () -> measuresExtended(event));
			case REGISTRY_UPDATE_REJECTED -> once(event, () -> updateRejected(event));
			default -> log.trace("Not for the renewals: {} {}", event.type(), event.id());
		}
	}

	private void once(ReceivedEvent event, Runnable apply) {
		this.transactions.inTransaction((status) -> {
			if (this.inbox.firstDelivery(CONSUMER, event.id())) {
				apply.run();
			}
			return null;
		});
	}

	private void renewalDue(ReceivedEvent event) {
		RenewalDue due = event.data(RenewalDue.class);
		StartingRenewals.RenewalStart start = new StartingRenewals.RenewalStart(due.packageKey(), due.expiry(),
				due.renewalCycleMonths(), due.proposedNewExpiry(), "registry", event.id());
		StartingRenewals.Start result = this.starting.start(start);
		if (result == StartingRenewals.Start.RUNNING) {
			log.info("renewal-due {} for {}: the renewal is running already", event.id(), start.renewalId());
			this.timeline.add(start.renewalId(), this.clock.instant(), "renewal-due-ignored",
					"The registry said the renewal is due again; it is running already.", event.id());
		}
		else if (result instanceof StartingRenewals.Start.Ended ended) {
			log.info("renewal-due {} for {}: the renewal has ended ({}); acknowledged, not started again", event.id(),
					start.renewalId(), ended.status());
			this.timeline.add(start.renewalId(), this.clock.instant(), "renewal-due-ignored",
					"The registry said the renewal is due again; it has ended (" + ended.status()
							+ ") and is not started again.",
					event.id());
		}
	}

	private void measuresExtended(ReceivedEvent event) {
		MeasuresExtended extended = event.data(MeasuresExtended.class);
		if (this.messages.measuresExtended(extended.renewalId())) {
			this.timeline.add(extended.renewalId(), this.clock.instant(), event.type().type(),
					"The registry applied the extension: in force until " + extended.newExpiry() + " (revision "
							+ extended.revision() + ").",
					event.id());
		}
		else {
			log.warn("measures-extended {} for {}: the renewal was not waiting for it; acknowledged", event.id(),
					extended.renewalId());
			this.timeline.add(extended.renewalId(), this.clock.instant(), "measures-extended-ignored",
					"The registry confirmed the extension again, or after the renewal ended; nothing changed.",
					event.id());
		}
	}

	private void updateRejected(ReceivedEvent event) {
		RegistryUpdateRejected rejected = event.data(RegistryUpdateRejected.class);
		if (rejected.renewalId() == null) {
			log.warn("registry-update-rejected {} names no renewal; acknowledged: {}", event.id(), rejected.detail());
			return;
		}
		if (this.messages.registryRefused(rejected.renewalId(), rejected.reason().name(), rejected.detail(),
				rejected.rejectedEventId())) {
			this.timeline.add(
					rejected.renewalId(), this.clock.instant(), event.type().type(), "The registry refused "
							+ rejected.rejectedEventType() + " (" + rejected.reason() + "): " + rejected.detail(),
					event.id());
		}
		else {
			log.warn("registry-update-rejected {} for {}: the renewal was not waiting for it; acknowledged", event.id(),
					rejected.renewalId());
			this.timeline.add(rejected.renewalId(), this.clock.instant(), "registry-update-rejected-ignored",
					"The registry refused " + rejected.rejectedEventType() + " (" + rejected.reason()
							+ ") while the renewal was not waiting for its answer; nothing changed.",
					event.id());
		}
	}

}
