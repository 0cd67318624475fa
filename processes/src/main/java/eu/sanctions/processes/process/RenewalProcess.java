package eu.sanctions.processes.process;

import org.camunda.bpm.engine.variable.VariableMap;

import eu.sanctions.events.MemberState;

import static org.camunda.bpm.engine.variable.Variables.createVariables;
import static org.camunda.bpm.engine.variable.Variables.stringValue;

/**
 * The names the renewal's BPMN shares with the code that drives it: the process, its
 * messages, and its variables. The user tasks are {@link RenewalTask}.
 */
public final class RenewalProcess {

	/** The process definition key of {@code sanctions-renewal.bpmn}. */
	public static final String ID = "sanctions-renewal";

	/** The candidate group of the policy staff's tasks. */
	public static final String STAFF_GROUP = "staff";

	private RenewalProcess() {
	}

	/**
	 * What renewal-service's REST and Kafka doors complete a desk's position task with:
	 * the answer as transient variables, read by the task's listeners and kept in the
	 * position book ({@link Variables#positionOf(MemberState, int)}) with its door and
	 * submitter. Stored, the five would be written, and their history, on every position,
	 * and cleared again after it (BENCHMARKS.md). Only these doors may send them: a
	 * completion through Tasklist or the engine's REST API that names a door is refused.
	 * @param position a {@code Position}
	 * @param conditions the conditions of a conditional support, or null
	 * @param justification the justification, or null
	 * @param channel REST or KAFKA
	 * @param submittedBy who submitted it
	 * @return the completion's variables
	 */
	public static VariableMap positionFromDoor(String position, String conditions, String justification, String channel,
			String submittedBy) {
		return createVariables().putValueTyped(Variables.DOOR_POSITION, stringValue(position, true))
			.putValueTyped(Variables.DOOR_CONDITIONS, stringValue(conditions, true))
			.putValueTyped(Variables.DOOR_JUSTIFICATION, stringValue(justification, true))
			.putValueTyped(Variables.DOOR_CHANNEL, stringValue(channel, true))
			.putValueTyped(Variables.DOOR_SUBMITTED_BY, stringValue(submittedBy, true));
	}

	/** Messages correlated by business key, {@code packageKey:expiry}. */
	public static final class Messages {

		/**
		 * A pressure signal on the package. Correlate with the signal variables as local
		 * variables ({@code setVariablesLocal}), so concurrent signals do not overwrite
		 * each other.
		 */
		public static final String PRESSURE_SIGNAL = "PressureSignal";

		/**
		 * Staff withdraw the renewal; with {@link Variables#WITHDRAWAL_REASON} and
		 * {@link Variables#WITHDRAWN_BY}.
		 */
		public static final String WITHDRAWAL = "RenewalWithdrawal";

		/** The registry applied the extension ({@code measures-extended}). */
		public static final String MEASURES_EXTENDED = "MeasuresExtended";

		/**
		 * The registry refused the extension ({@code registry-update-rejected}); with
		 * {@link Variables#REGISTRY_REJECTION_REASON} and
		 * {@link Variables#REGISTRY_REJECTION_DETAIL}.
		 */
		public static final String REGISTRY_UPDATE_REJECTED = "RegistryUpdateRejected";

		private Messages() {
		}

	}

	/** Process variables. Dates are ISO strings, instants ISO strings with an offset. */
	public static final class Variables {

		// Given at start
		public static final String PACKAGE_KEY = "packageKey";

		public static final String EXPIRY = "expiry";

		public static final String RENEWAL_CYCLE_MONTHS = "renewalCycleMonths";

		/** Optional at start; defaults to the expiry plus the cycle. */
		public static final String PROPOSED_NEW_EXPIRY = "proposedNewExpiry";

		public static final String STARTED_BY = "startedBy";

		public static final String TRIGGERING_EVENT_ID = "triggeringEventId";

		/**
		 * Optional at start: how long to wait for the registry, ISO duration, default
		 * P3D.
		 */
		public static final String REGISTRY_CONFIRMATION_TIMEOUT = "registryConfirmationTimeout";

		// Review
		public static final String RECOMMENDATION = "recommendation";

		public static final String POSITION_DEADLINE = "positionDeadline";

		public static final String AMENDMENTS = "amendments";

		public static final String REVIEW_JUSTIFICATION = "reviewJustification";

		/**
		 * The review form's field for why the measures should lapse, which it requires
		 * with that recommendation; kept as the review's justification.
		 */
		public static final String LET_LAPSE_JUSTIFICATION = "letLapseJustification";

		public static final String REVIEWED_BY = "reviewedBy";

		// Rounds of positions
		public static final String ROUND = "round";

		public static final String ASKED_STATES = "askedStates";

		/**
		 * The states of this round that have not answered. Written on a state's first
		 * answer only, so that two last answers given at once conflict (and one is
		 * retried) rather than both missing that the round is complete.
		 */
		public static final String AWAITED_STATES = "awaitedStates";

		public static final String ROUND_REQUESTED_AT = "roundRequestedAt";

		public static final String REMINDER_AT = "reminderAt";

		public static final String POSITIONS_CLOSE_AT = "positionsCloseAt";

		public static final String POSITIONS_CLOSED = "positionsClosed";

		/**
		 * Whether staff have been offered, in this round, to record the Council's
		 * adoption: once every asked state has answered and the veto risk allows it. A
		 * negotiation withdraws the offer.
		 */
		public static final String ADOPTION_OFFERED = "adoptionOffered";

		/** The element variable of the collection: the state a desk task is for. */
		public static final String STATE = "state";

		/** Local to a state's branch: whether its answer completed the round. */
		public static final String ROUND_ANSWERED = "roundAnswered";

		// A desk's answer, local to the state's branch: the desk task's variables
		public static final String POSITION = "position";

		public static final String CONDITIONS = "conditions";

		public static final String JUSTIFICATION = "justification";

		/**
		 * The position form's field for a constructive abstention's declaration, which it
		 * requires; kept as the position's justification. The REST and Kafka doors send
		 * the declaration as the justification.
		 */
		public static final String DECLARATION = "declaration";

		/** TASKLIST (the default), REST or KAFKA. */
		public static final String CHANNEL = "channel";

		/** Defaults to the authenticated user, or the task's assignee. */
		public static final String SUBMITTED_BY = "submittedBy";

		// A desk's answer through renewal-service's REST or Kafka door: transient, see
		// positionFromDoor
		public static final String DOOR_POSITION = "doorPosition";

		public static final String DOOR_CONDITIONS = "doorConditions";

		public static final String DOOR_JUSTIFICATION = "doorJustification";

		public static final String DOOR_CHANNEL = "doorChannel";

		public static final String DOOR_SUBMITTED_BY = "doorSubmittedBy";

		// Veto risk
		public static final String RISK_LEVEL = "riskLevel";

		/**
		 * What made an assessment run: a {@code camunda:property} of its task (in models
		 * deployed before it became one, an input variable local to the task).
		 */
		public static final String TRIGGER = "trigger";

		// Signals: the message's variables, then what the renewal remembers
		public static final String SIGNAL_ID = "signalId";

		public static final String SIGNAL_KIND = "signalKind";

		public static final String SIGNAL_SUMMARY = "signalSummary";

		public static final String SIGNAL_SEVERITY = "signalSeverity";

		/** Comma-separated EU codes. */
		public static final String SIGNAL_STATES = "signalStates";

		public static final String SIGNAL_OBSERVED_AT = "signalObservedAt";

		/** The strongest signal recorded so far: a SignalSeverity. */
		public static final String STRONGEST_PRESSURE = "strongestPressure";

		public static final String PRESSURED_STATES = "pressuredStates";

		// Negotiation
		public static final String NEGOTIATION_SUMMARY = "negotiationSummary";

		public static final String NEGOTIATION_DECISION = "negotiationDecision";

		/** Comma-separated EU codes. */
		public static final String STATES_TO_ASK = "statesToAsk";

		public static final String LAPSE_JUSTIFICATION = "lapseJustification";

		// Lapse
		public static final String LAPSES_AT = "lapsesAt";

		/** Local to a lapse step: RenewalLapsed.Reason. */
		public static final String LAPSE_REASON = "lapseReason";

		/** LAPSED, EXTENDED or EXTENDED_WITH_AMENDMENTS once known. */
		public static final String RENEWAL_OUTCOME = "renewalOutcome";

		// Adoption
		public static final String ACT_REFERENCE = "actReference";

		public static final String ADOPTION_DATE = "adoptionDate";

		public static final String PUBLICATION_DATE = "publicationDate";

		public static final String ENTRY_INTO_FORCE_DATE = "entryIntoForceDate";

		public static final String ADOPTION_RECORDED_BY = "adoptionRecordedBy";

		/**
		 * When the expiry passed while the adoption awaited its recording: ADOPTED (by
		 * the expiry, recorded now) or NOT_ADOPTED.
		 */
		public static final String ADOPTED_BY_EXPIRY = "adoptedByExpiry";

		// Registry
		public static final String REGISTRY_REJECTION_REASON = "registryRejectionReason";

		public static final String REGISTRY_REJECTION_DETAIL = "registryRejectionDetail";

		public static final String REJECTED_EVENT_ID = "rejectedEventId";

		public static final String REFUSAL_DECISION = "refusalDecision";

		public static final String OVERDUE_DECISION = "overdueDecision";

		// Withdrawal
		public static final String WITHDRAWAL_REASON = "withdrawalReason";

		public static final String WITHDRAWN_BY = "withdrawnBy";

		private Variables() {
		}

		/** Where a state's latest answer to a round is kept: {@code position_LT_1}. */
		public static String positionOf(MemberState state, int round) {
			return "position_" + state.euCode() + "_" + round;
		}

	}

}
