package eu.sanctions.renewal.messaging;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import eu.sanctions.events.EventType;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.SubmissionChannel;
import eu.sanctions.events.cloudevents.EventCodec;
import eu.sanctions.events.cloudevents.EventRejectedException;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.inbound.PositionSubmitted;
import eu.sanctions.events.inbox.Inbox;
import eu.sanctions.events.renewal.PositionRejected.Reason;
import eu.sanctions.processes.process.RenewalEvents;
import eu.sanctions.renewal.process.Door;
import eu.sanctions.renewal.process.EngineTransactions;
import eu.sanctions.renewal.process.Outcome;
import eu.sanctions.renewal.process.RenewalInstances;
import eu.sanctions.renewal.process.Submission;
import eu.sanctions.renewal.process.SubmittingPositions;
import eu.sanctions.renewal.renewal.FieldProblem;
import eu.sanctions.renewal.renewal.PositionSubmission;

/**
 * The desks' systems' positions ({@code sanctions.positions}). Each record ends applied,
 * kept until its state is asked, or refused with a {@code position-rejected} event keyed
 * by the package, which the desk's system reads; a record that is not even a CloudEvent
 * goes to the dead-letter topic. A redelivered event is handled once: the inbox remembers
 * its id in the transaction that applies or refuses it.
 */
@Component
class PositionsListener {

	static final String CONSUMER = "renewal-positions";

	private static final Logger log = LoggerFactory.getLogger(PositionsListener.class);

	private final EventCodec codec;

	private final Inbox inbox;

	private final RenewalEvents events;

	private final SubmittingPositions positions;

	private final RenewalInstances instances;

	private final EngineTransactions transactions;

	private final DeskSignatures signatures;

	PositionsListener(EventCodec codec, Inbox inbox, RenewalEvents events, SubmittingPositions positions,
			RenewalInstances instances, EngineTransactions transactions, KafkaSettings settings) {
		this.codec = codec;
		this.inbox = inbox;
		this.events = events;
		this.positions = positions;
		this.instances = instances;
		this.transactions = transactions;
		this.signatures = new DeskSignatures(settings.deskPrincipals());
	}

	@KafkaListener(id = CONSUMER, idIsGroup = false, topics = "#{@topicNames.positions()}")
	void on(ConsumerRecord<String, byte[]> record) {
		CloudEvent cloudEvent = this.codec.readKafkaRecord(record);
		PositionSender sender = PositionSender.of(record, cloudEvent, this.codec);
		Optional<MemberState> trustedState = Optional.empty();
		if (this.signatures.required()) {
			Object principal = cloudEvent.getExtension(DeskSignatures.AUTH_ID);
			DeskSignatures.Verdict verdict = this.signatures.verify((principal != null) ? principal.toString() : null,
					cloudEvent.getId(), record.value(), header(record, DeskSignatures.HEADER));
			if (!verdict.trusted()) {
				refuse(sender, Reason.STATE_NOT_AUTHORIZED, verdict.why());
				return;
			}
			trustedState = verdict.state();
		}
		ReceivedEvent event;
		try {
			event = this.codec.decode(record, cloudEvent);
		}
		catch (EventRejectedException ex) {
			refuse(sender, Reason.SCHEMA_INVALID,
					"Not a valid position-submitted: " + String.join("; ", ex.violations()));
			return;
		}
		if (event.type() != EventType.POSITION_SUBMITTED) {
			refuse(sender, Reason.SCHEMA_INVALID, "Only " + EventType.POSITION_SUBMITTED.type()
					+ " is read on this topic, not " + event.type().type());
			return;
		}
		PositionSubmitted submitted = event.data(PositionSubmitted.class);
		Optional<MemberState> state = MemberState.fromCode(submitted.state());
		if (trustedState.isPresent() && !trustedState.equals(state)) {
			refuse(sender, Reason.STATE_NOT_AUTHORIZED,
					"The desk system of " + trustedState.get() + " may not speak for " + submitted.state() + ".");
			return;
		}
		if (state.isEmpty()) {
			refuse(sender, Reason.UNKNOWN_STATE, submitted.state() + " is not a member state.");
			return;
		}
		List<FieldProblem> problems = new PositionSubmission(submitted.state(), submitted.position().name(),
				submitted.conditions(), submitted.justification())
			.problems();
		if (!problems.isEmpty()) {
			refuse(sender, Reason.SCHEMA_INVALID,
					String.join(" ", problems.stream().map(FieldProblem::message).toList()));
			return;
		}
		Optional<String> renewalId = renewalOf(submitted, sender);
		if (renewalId.isEmpty()) {
			return;
		}
		Outcome outcome = this.positions.submit(new Submission(renewalId.get(), submitted.packageKey(), state.get(),
				submitted.position(), submitted.conditions(), submitted.justification(), SubmissionChannel.KAFKA,
				submitted.submittedBy(), event.id()), new KafkaDoor(sender));
		log.debug("Position {} of {} on {}: {}", event.id(), state.get(), renewalId.get(), outcome);
	}

	/**
	 * The renewal a position names, or the package's one running renewal; refused when
	 * there is none, or several.
	 */
	private Optional<String> renewalOf(PositionSubmitted submitted, PositionSender sender) {
		if (submitted.renewalId() != null) {
			if (!submitted.renewalId().startsWith(submitted.packageKey() + ":")) {
				refuse(sender, Reason.UNKNOWN_RENEWAL,
						submitted.renewalId() + " is not a renewal of " + submitted.packageKey() + ".");
				return Optional.empty();
			}
			return Optional.of(submitted.renewalId());
		}
		List<String> running = this.instances.runningOf(submitted.packageKey());
		if (running.size() == 1) {
			return Optional.of(running.get(0));
		}
		if (running.isEmpty()) {
			boolean any = this.instances.anyOf(submitted.packageKey());
			refuse(sender, any ? Reason.RENEWAL_CLOSED : Reason.UNKNOWN_RENEWAL,
					any ? "No renewal of " + submitted.packageKey() + " is running."
							: "No renewal of " + submitted.packageKey() + " is known.");
		}
		else {
			refuse(sender, Reason.UNKNOWN_RENEWAL, "Several renewals of " + submitted.packageKey() + " are running ("
					+ String.join(", ", running) + "): name one in renewalId.");
		}
		return Optional.empty();
	}

	/** Refuses in a transaction with the inbox record, once per event. */
	private void refuse(PositionSender sender, Reason reason, String detail) {
		this.transactions.inTransaction((status) -> {
			if (this.inbox.firstDelivery(CONSUMER, sender.eventId())) {
				this.events.publish(sender.rejection(reason, detail));
				log.info("Refused position {} ({}): {}", sender.eventId(), reason, detail);
			}
			return null;
		});
	}

	private static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	/**
	 * The Kafka door: deduplicates on the event id, answers with
	 * {@code position-rejected}.
	 */
	private final class KafkaDoor implements Door {

		private final PositionSender sender;

		KafkaDoor(PositionSender sender) {
			this.sender = sender;
		}

		@Override
		public boolean begin() {
			return PositionsListener.this.inbox.firstDelivery(CONSUMER, this.sender.eventId());
		}

		@Override
		public void refused(Outcome.Refused refused) {
			PositionsListener.this.events.publish(this.sender.rejection(refused.reason(), refused.detail()));
		}

	}

}
