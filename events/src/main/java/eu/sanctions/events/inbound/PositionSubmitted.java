package eu.sanctions.events.inbound;

import eu.sanctions.events.Position;
import eu.sanctions.events.SanctionsEvent;

/**
 * A member state's desk system submits or revises its state's position, on
 * {@code sanctions.positions}.
 *
 * @param packageKey the package, e.g. {@code EU-BLR}; the record key
 * @param renewalId the renewal, e.g. {@code EU-BLR:2027-02-28}; absent means the
 * package's open renewal
 * @param state the member state's EU code; a desk system may only speak for its own state
 * @param position the position; {@code NO_RESPONSE} cannot be submitted
 * @param conditions the conditions attached (required with
 * {@code SUPPORT_WITH_CONDITIONS})
 * @param justification the justification, or the declaration of a constructive abstention
 * @param submittedBy the person or system at the desk
 */
public record PositionSubmitted(String packageKey, String renewalId, String state, Position position, String conditions,
		String justification, String submittedBy) implements SanctionsEvent {

	@Override
	public String subject() {
		return (this.renewalId != null) ? this.renewalId : this.packageKey;
	}

}
