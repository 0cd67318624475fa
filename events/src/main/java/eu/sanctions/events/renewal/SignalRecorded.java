package eu.sanctions.events.renewal;

import java.time.Instant;
import java.util.List;

import eu.sanctions.events.Lists;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.RenewalScoped;
import eu.sanctions.events.SignalSeverity;

/**
 * A pressure signal was recorded on a running renewal; the risk is assessed again.
 *
 * @param renewalId the renewal
 * @param packageKey the package
 * @param signalId the id of the {@code pressure-signal-reported} event
 * @param kind what happened, e.g. {@code TRUCKS_HELD}
 * @param summary what happened, in words
 * @param severity how strong the signal is
 * @param statesConcerned the states it bears on
 * @param observedAt when it was observed
 */
public record SignalRecorded(String renewalId, String packageKey, String signalId, String kind, String summary,
		SignalSeverity severity, List<MemberState> statesConcerned, Instant observedAt) implements RenewalScoped {

	public SignalRecorded {
		statesConcerned = Lists.copyOf(statesConcerned);
	}

}
