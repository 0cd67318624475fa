package eu.sanctions.events.renewal;

import java.time.LocalDate;
import java.util.List;

import eu.sanctions.events.Lists;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.RenewalScoped;

/**
 * The renewal ended without an extension: the measures lapse the day after the expiry.
 *
 * @param renewalId the renewal
 * @param packageKey the package
 * @param expiry the last day the measures apply
 * @param lapsesOn the first day they no longer apply
 * @param reason why
 * @param blockingStates the states whose veto stood, if any
 * @param justification staff's justification, when they recommended or accepted the lapse
 */
public record RenewalLapsed(String renewalId, String packageKey, LocalDate expiry, LocalDate lapsesOn, Reason reason,
		List<MemberState> blockingStates, String justification) implements RenewalScoped {

	public RenewalLapsed {
		blockingStates = Lists.copyOf(blockingStates);
	}

	/** Why a renewal lapsed. */
	public enum Reason {

		/** Staff recommended at review to let the measures lapse. */
		LAPSE_RECOMMENDED,
		/** Staff accepted the lapse after negotiation failed. */
		LAPSE_ACCEPTED,
		/** The expiry passed without an adoption. */
		EXPIRED_WITHOUT_ADOPTION

	}

}
