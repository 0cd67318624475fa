package eu.sanctions.renewal.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import eu.sanctions.events.EventType;
import eu.sanctions.events.cloudevents.EventCodec;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.inbound.PressureSignalReported;
import eu.sanctions.events.inbox.Inbox;
import eu.sanctions.renewal.process.CorrelatingMessages;
import eu.sanctions.renewal.process.EngineTransactions;

/**
 * Pressure signals ({@code sanctions.signals}): each goes to every running renewal of its
 * package, once; with none running it is acknowledged and logged. A record that is not an
 * event of the contract goes to the dead-letter topic.
 */
@Component
class SignalsListener {

	static final String CONSUMER = "renewal-signals";

	private static final Logger log = LoggerFactory.getLogger(SignalsListener.class);

	private final EventCodec codec;

	private final Inbox inbox;

	private final EngineTransactions transactions;

	private final CorrelatingMessages messages;

	SignalsListener(EventCodec codec, Inbox inbox, EngineTransactions transactions, CorrelatingMessages messages) {
		this.codec = codec;
		this.inbox = inbox;
		this.transactions = transactions;
		this.messages = messages;
	}

	@KafkaListener(id = CONSUMER, idIsGroup = false, topics = "#{@topicNames.signals()}")
	void on(ConsumerRecord<String, byte[]> record) {
		ReceivedEvent event = this.codec.decode(record);
		if (event.type() != EventType.PRESSURE_SIGNAL_REPORTED) {
			log.warn("Not a pressure signal on the signals topic, ignored: {} {}", event.type(), event.id());
			return;
		}
		PressureSignalReported signal = event.data(PressureSignalReported.class);
		this.transactions.inTransaction((status) -> {
			if (!this.inbox.firstDelivery(CONSUMER, event.id())) {
				return null;
			}
			List<String> renewals = this.messages.signal(signal.packageKey(),
					new CorrelatingMessages.PressureSignal(event.id(), signal.kind(), signal.summary(),
							signal.severity(), signal.statesConcerned(), signal.observedAt()));
			if (renewals.isEmpty()) {
				log.info("Pressure signal {} on {}: no renewal of the package takes signals now (none is "
						+ "running, or the adoption is recorded)", event.id(), signal.packageKey());
			}
			return null;
		});
	}

}
