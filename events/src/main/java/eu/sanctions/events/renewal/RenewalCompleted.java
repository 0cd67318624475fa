package eu.sanctions.events.renewal;

import java.time.LocalDate;

import eu.sanctions.events.RenewalOutcome;
import eu.sanctions.events.RenewalScoped;

/**
 * The renewal ended with the measures extended, as the registry confirmed.
 *
 * @param renewalId the renewal
 * @param packageKey the package
 * @param outcome extended as is, or with amendments
 * @param previousExpiry the expiry before
 * @param newExpiry the expiry now in force
 * @param actReference the renewal act
 */
public record RenewalCompleted(String renewalId, String packageKey, RenewalOutcome outcome, LocalDate previousExpiry,
		LocalDate newExpiry, String actReference) implements RenewalScoped {
}
