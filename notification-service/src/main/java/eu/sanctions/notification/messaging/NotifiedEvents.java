package eu.sanctions.notification.messaging;

import java.nio.charset.StandardCharsets;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import eu.sanctions.events.cloudevents.EventCodec;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.notification.delivery.EventFanOut;

/**
 * The renewal's and the registry's events, each turned into its notifications. A record
 * that is not an event of the contract throws, and the error handler puts it on the
 * topic's dead-letter topic; an event no rule sends anywhere is simply acknowledged.
 */
@Component
class NotifiedEvents {

	private final EventCodec codec;

	private final EventFanOut fanOut;

	NotifiedEvents(EventCodec codec, EventFanOut fanOut) {
		this.codec = codec;
		this.fanOut = fanOut;
	}

	// The id names the container; the group stays the service's
	// (spring.kafka.consumer.group-id).
	@KafkaListener(id = "notified-events", idIsGroup = false, topics = "#{@consumedTopics.notified()}")
	void on(ConsumerRecord<String, byte[]> record) {
		ReceivedEvent event = this.codec.decode(record);
		CloudEvent cloudEvent = this.codec.readKafkaRecord(record);
		this.fanOut.fanOut(event, new String(this.codec.toStructuredJson(cloudEvent), StandardCharsets.UTF_8));
	}

}
