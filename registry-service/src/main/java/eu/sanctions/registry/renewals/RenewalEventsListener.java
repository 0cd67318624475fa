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
 * steps of a renewal are none of the registry's business. A record that is not an event
 * of the contract, or an event refused, ends on {@code sanctions.renewal.events.DLT}.
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
		ReceivedEvent event = this.codec.decode(record);
		if (!APPLIED.contains(event.type())) {
			return;
		}
		if (this.outcomes.apply(event) instanceof ApplyingRenewalOutcomes.Outcome.Refused refused) {
			throw new RenewalEventRefused(event.id(), refused.reason(), refused.detail());
		}
	}

}
