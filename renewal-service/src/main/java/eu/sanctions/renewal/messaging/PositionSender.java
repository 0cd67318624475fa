package eu.sanctions.renewal.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import eu.sanctions.events.SubmissionChannel;
import eu.sanctions.events.cloudevents.EventCodec;
import eu.sanctions.events.cloudevents.EventRejectedException;
import eu.sanctions.events.renewal.PositionRejected;
import eu.sanctions.events.renewal.PositionRejected.Reason;

/**
 * What can be read of a desk system's record, to answer it whatever is wrong with it: the
 * key it used, and the state and renewal its data names.
 *
 * @param eventId the CloudEvents id
 * @param packageKey the record key, or the data's package, or {@code unknown}
 * @param renewalId the renewal the data names, if any
 * @param state the state the data names, if any
 */
record PositionSender(String eventId, String packageKey, String renewalId, String state) {

	static PositionSender of(ConsumerRecord<String, byte[]> record, CloudEvent event, EventCodec codec) {
		JsonNode data;
		try {
			data = codec.readData(event);
		}
		catch (EventRejectedException ex) {
			data = null;
		}
		String packageKey = (record.key() != null && !record.key().isBlank()) ? record.key() : text(data, "packageKey");
		return new PositionSender(event.getId(), (packageKey != null) ? packageKey : "unknown", text(data, "renewalId"),
				text(data, "state"));
	}

	PositionRejected rejection(Reason reason, String detail) {
		return new PositionRejected(cut(this.packageKey, 200), cut(this.renewalId, 200), cut(this.state, 40), reason,
				cut(detail, 4000), cut(this.eventId, 200), SubmissionChannel.KAFKA);
	}

	private static String text(JsonNode data, String field) {
		return (data != null && data.path(field).isTextual() && !data.path(field).asText().isBlank())
				? data.path(field).asText() : null;
	}

	private static String cut(String text, int length) {
		return (text != null && text.length() > length) ? text.substring(0, length) : text;
	}

}
