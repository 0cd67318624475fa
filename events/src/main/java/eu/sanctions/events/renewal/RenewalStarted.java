package eu.sanctions.events.renewal;

import java.time.LocalDate;

import eu.sanctions.events.RenewalScoped;

/**
 * A renewal started for one (package, expiry).
 *
 * @param renewalId {@code packageKey:expiry}, e.g. {@code EU-BLR:2027-02-28}
 * @param packageKey e.g. {@code EU-BLR}
 * @param expiry the expiry the renewal must extend
 * @param proposedNewExpiry the default proposal: expiry plus the package's cycle
 * @param startedBy who started it: {@code registry} for a renewal-due event, else the
 * staff user
 * @param triggeringEventId the {@code renewal-due} event that started it, if any
 */
public record RenewalStarted(String renewalId, String packageKey, LocalDate expiry, LocalDate proposedNewExpiry,
		String startedBy, String triggeringEventId) implements RenewalScoped {
}
