package eu.sanctions.events.renewal;

import eu.sanctions.events.RenewalScoped;

/**
 * Staff withdrew the renewal, e.g. because the package is replaced. The registry is not
 * changed by it.
 *
 * @param renewalId the renewal
 * @param packageKey the package
 * @param reason why
 * @param withdrawnBy the staff user
 */
public record RenewalWithdrawn(String renewalId, String packageKey, String reason,
		String withdrawnBy) implements RenewalScoped {
}
