package eu.sanctions.events.inbound;

import java.time.Instant;
import java.util.List;

import eu.sanctions.events.Lists;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.SanctionsEvent;
import eu.sanctions.events.SignalSeverity;

/**
 * An analyst reports pressure against a package's renewal ("trucks held at the border"),
 * on {@code sanctions.signals}. A signal raises the veto risk without being a position.
 *
 * @param packageKey the package under pressure; the record key
 * @param kind what happened, as a short code, e.g. {@code TRUCKS_HELD},
 * {@code AIRSPACE_VIOLATION}
 * @param summary what happened, in words
 * @param severity how strong the signal is
 * @param statesConcerned the member states it bears on
 * @param observedAt when it was observed
 * @param reportedBy the analyst or system
 */
public record PressureSignalReported(String packageKey, String kind, String summary, SignalSeverity severity,
		List<MemberState> statesConcerned, Instant observedAt, String reportedBy) implements SanctionsEvent {

	public PressureSignalReported {
		statesConcerned = Lists.copyOf(statesConcerned);
	}

}
