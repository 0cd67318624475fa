package eu.sanctions.notification.messaging;

import java.nio.charset.StandardCharsets;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import eu.sanctions.events.EventType;
import eu.sanctions.events.cloudevents.EventCodec;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.notification.delivery.EventFanOut;
import eu.sanctions.notification.rules.NotificationRules;

/**
 * The renewal's and the registry's events, each turned into its notifications.
 * <p>
 * An event of a type no rule routes ({@link NotificationRules#routes(EventType)}) is
 * acknowledged as soon as its {@code ce_type} header names it, its data neither read nor
 * validated, and it leaves no entry in the inbox of events: a consumer reads the payload
 * only of the events it acts on, the producer validated each event against its schema
 * before publishing it, and most records here are the member states'
 * {@code position-recorded}. A record without that header or of a type outside the
 * contract is decoded, throws, and the error handler puts it on the topic's dead-letter
 * topic with the reason, as it does an event of a routed type that is broken. An event of
 * a routed type that its rules send nowhere (a veto risk that is not alarming, a package
 * nobody follows) is acknowledged after it is read.
 */
@Component
class NotifiedEvents {

	private final EventCodec codec;

	private final EventFanOut fanOut;

	private final NotificationRules rules;

	NotifiedEvents(EventCodec codec, EventFanOut fanOut, NotificationRules rules) {
		this.codec = codec;
		this.fanOut = fanOut;
		this.rules = rules;
	}

	// The id names the container; the group stays the service's
	// (spring.kafka.consumer.group-id).
	@KafkaListener(id = "notified-events", idIsGroup = false, topics = "#{@consumedTopics.notified()}")
	void on(ConsumerRecord<String, byte[]> record) {
		if (EventCodec.headerType(record).filter((type) -> !this.rules.routes(type)).isPresent()) {
			return;
		}
		CloudEvent cloudEvent = this.codec.readKafkaRecord(record);
		ReceivedEvent event = this.codec.decode(record, cloudEvent);
		this.fanOut.fanOut(event, new String(this.codec.toStructuredJson(cloudEvent), StandardCharsets.UTF_8));
	}

}
