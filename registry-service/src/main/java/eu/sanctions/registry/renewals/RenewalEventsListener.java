package eu.sanctions.registry.renewals;

import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import eu.sanctions.events.EventType;
import eu.sanctions.events.cloudevents.EventCodec;
import eu.sanctions.events.cloudevents.ReceivedEvent;

/**
 * Reads the renewal's events and applies the two that change the register; the other
 * steps of a renewal are none of the registry's business.
 * <p>
 * An event of another type of the contract is acknowledged as soon as its {@code ce_type}
 * header names it, its data neither read nor validated: a consumer reads the payload only
 * of the events it acts on, the producer validated each event against its schema before
 * publishing it, and most records here are the member states' {@code position-recorded}.
 * A record without that header or of a type outside the contract is decoded, and ends on
 * {@code sanctions.renewal.events.DLT} with the reason, as does an applied event that is
 * broken or refused.
 */
@Component
class RenewalEventsListener {

	private static final Set<EventType> APPLIED = Set.of(EventType.EXTENSION_ADOPTED, EventType.RENEWAL_LAPSED);

	private final EventCodec codec;

	private final ApplyingRenewalOutcomes outcomes;

	RenewalEventsListener(EventCodec codec, ApplyingRenewalOutcomes outcomes) {
		this.codec = codec;
		this.outcomes = outcomes;
	}

	@KafkaListener(id = "registry-renewal-events", idIsGroup = false, topics = "#{@topicNames.renewalEvents()}")
	void on(ConsumerRecord<String, byte[]> record) {
		if (EventCodec.headerType(record).filter((type) -> !APPLIED.contains(type)).isPresent()) {
			return;
		}
		ReceivedEvent event = this.codec.decode(record);
		if (!APPLIED.contains(event.type())) {
			return;
		}
		if (this.outcomes.apply(event) instanceof ApplyingRenewalOutcomes.Outcome.Refused refused) {
			throw new RenewalEventRefused(event.id(), refused.reason(), refused.detail());
		}
	}

}
