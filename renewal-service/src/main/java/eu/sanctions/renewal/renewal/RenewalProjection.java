package eu.sanctions.renewal.renewal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.SanctionsEvent;
import eu.sanctions.events.cloudevents.EventJson;
import eu.sanctions.events.renewal.ExtensionAdopted;
import eu.sanctions.events.renewal.NegotiationOpened;
import eu.sanctions.events.renewal.PositionRecorded;
import eu.sanctions.events.renewal.PositionsRequested;
import eu.sanctions.events.renewal.RenewalCompleted;
import eu.sanctions.events.renewal.RenewalLapsed;
import eu.sanctions.events.renewal.RenewalStarted;
import eu.sanctions.events.renewal.RenewalWithdrawn;
import eu.sanctions.events.renewal.ReviewCompleted;
import eu.sanctions.events.renewal.VetoRiskAssessed;

/**
 * Writes what the process publishes into the read model, in the transaction that
 * publishes it: a renewal's row, its positions, its risk, its timeline. Called for every
 * event the process emits, so that the read model never shows a step that did not commit,
 * nor misses one that did.
 */
@Component
public class RenewalProjection {

	private final JdbcClient jdbc;

	private final Timeline timeline;

	RenewalProjection(JdbcClient jdbc, Timeline timeline) {
		this.jdbc = jdbc;
		this.timeline = timeline;
	}

	/**
	 * Applies an event.
	 * @param event the event
	 * @param eventId its CloudEvents id
	 * @param at its time
	 * @throws RenewalAlreadyStarted for a {@code renewal-started} of a renewal that has
	 * started before (running or ended): the start must not commit
	 */
	public void apply(SanctionsEvent event, String eventId, Instant at) {
		if (event instanceof RenewalStarted started) {
			started(started, at);
		}
		else if (event instanceof ReviewCompleted reviewed) {
			reviewed(reviewed, at);
		}
		else if (event instanceof PositionsRequested requested) {
			positionsRequested(requested, at);
		}
		else if (event instanceof PositionRecorded recorded) {
			positionRecorded(recorded, eventId);
		}
		else if (event instanceof VetoRiskAssessed assessed) {
			riskAssessed(assessed, eventId, at);
		}
		else if (event instanceof NegotiationOpened opened) {
			phaseReached(opened.renewalId(), Phase.NEGOTIATION, at);
		}
		else if (event instanceof ExtensionAdopted adopted) {
			phaseReached(adopted.renewalId(), Phase.AWAITING_REGISTRY, at);
		}
		else if (event instanceof RenewalCompleted completed) {
			ended(completed.renewalId(), RenewalStatus.EXTENDED, completed.outcome().name(), at);
		}
		else if (event instanceof RenewalLapsed lapsed) {
			ended(lapsed.renewalId(), RenewalStatus.LAPSED, "LAPSED", at);
		}
		else if (event instanceof RenewalWithdrawn withdrawn) {
			ended(withdrawn.renewalId(), RenewalStatus.WITHDRAWN, null, at);
		}
		String renewalId = TimelineEntries.renewalOf(event);
		if (renewalId != null) {
			this.timeline.add(renewalId, at, TimelineEntries.type(event), TimelineEntries.summary(event), eventId);
		}
	}

	/** The renewal reached a phase that no event announces (a staff task appeared). */
	public void phaseReached(String renewalId, Phase phase, Instant at) {
		this.jdbc.sql("UPDATE renewal SET phase = ?, updated_at = ? WHERE id = ? AND status = ? AND phase <> ?")
			.params(phase.name(), Timestamp.from(at), renewalId, RenewalStatus.OPEN.name(), phase.name())
			.update();
	}

	private void started(RenewalStarted started, Instant at) {
		Optional<String> status = this.jdbc.sql("SELECT status FROM renewal WHERE id = ?")
			.param(started.renewalId())
			.query(String.class)
			.optional();
		if (status.isPresent()) {
			// Running, or ended: an expiry is renewed once, and an ended renewal's
			// positions, risk and timeline stay as they ended.
			throw new RenewalAlreadyStarted(started.renewalId(), status.get());
		}
		this.jdbc.sql("""
				INSERT INTO renewal (id, package_key, expiry, status, phase, proposed_new_expiry, round_number,
				                     started_by, started_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""")
			.params(started.renewalId(), started.packageKey(), started.expiry(), RenewalStatus.OPEN.name(),
					Phase.REVIEW.name(), started.proposedNewExpiry(), started.startedBy(), Timestamp.from(at),
					Timestamp.from(at))
			.update();
	}

	private void reviewed(ReviewCompleted reviewed, Instant at) {
		this.jdbc.sql("""
				UPDATE renewal SET recommendation = ?, proposed_new_expiry = COALESCE(?, proposed_new_expiry),
				                   position_deadline = ?, amendments = ?, updated_at = ?
				WHERE id = ?""")
			.params(reviewed.recommendation().name(), reviewed.proposedNewExpiry(), reviewed.positionDeadline(),
					json(reviewed.amendments()), Timestamp.from(at), reviewed.renewalId())
			.update();
	}

	private void positionsRequested(PositionsRequested requested, Instant at) {
		this.jdbc.sql("""
				UPDATE renewal SET phase = ?, round_number = ?, asked_states = ?, position_deadline = ?,
				                   proposed_new_expiry = ?, amendments = ?, updated_at = ?
				WHERE id = ?""")
			.params(Phase.POSITIONS.name(), requested.round(), states(requested.states()), requested.deadline(),
					requested.proposedNewExpiry(), json(requested.amendments()), Timestamp.from(at),
					requested.renewalId())
			.update();
	}

	private void positionRecorded(PositionRecorded recorded, String eventId) {
		this.jdbc.sql("""
				INSERT INTO renewal_position (renewal_id, state, round_number, position_code, previous_position,
				                              conditions, justification, channel, submitted_by, recorded_at, event_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(recorded.renewalId(), recorded.state().euCode(), recorded.round(), recorded.position().name(),
					(recorded.previousPosition() != null) ? recorded.previousPosition().name() : null,
					recorded.conditions(), recorded.justification(), recorded.channel().name(), recorded.submittedBy(),
					Timestamp.from(recorded.recordedAt()), eventId)
			.update();
	}

	private void riskAssessed(VetoRiskAssessed assessed, String eventId, Instant at) {
		this.jdbc.sql("""
				INSERT INTO renewal_risk (renewal_id, round_number, risk_level, previous_level, trigger_kind,
				                          assessed_at, event_id)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(assessed.renewalId(), assessed.round(), assessed.level().name(),
					(assessed.previousLevel() != null) ? assessed.previousLevel().name() : null,
					assessed.trigger().name(), Timestamp.from(at), eventId)
			.update();
		this.jdbc.sql("""
				UPDATE renewal SET risk_level = ?, risk_blocking = ?, risk_wavering = ?, risk_reasons = ?,
				                   risk_assessed_at = ?, updated_at = ?
				WHERE id = ?""")
			.params(assessed.level().name(), states(assessed.blockingStates()), states(assessed.waveringStates()),
					json(assessed.reasons()), Timestamp.from(at), Timestamp.from(at), assessed.renewalId())
			.update();
	}

	private void ended(String renewalId, RenewalStatus status, String outcome, Instant at) {
		this.jdbc
			.sql("UPDATE renewal SET status = ?, phase = ?, outcome = ?, ended_at = ?, updated_at = ? WHERE id = ?")
			.params(status.name(), Phase.ENDED.name(), outcome, Timestamp.from(at), Timestamp.from(at), renewalId)
			.update();
	}

	static String states(Collection<MemberState> states) {
		return states.stream().map(MemberState::euCode).collect(Collectors.joining(","));
	}

	static String json(List<?> values) {
		try {
			return EventJson.mapper().writeValueAsString(values);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
