package eu.sanctions.renewal.renewal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A renewal in a list.
 *
 * @param id the renewal, {@code EU-BLR:2027-02-28}
 * @param packageKey the package
 * @param expiry the expiry it renews
 * @param status running, or how it ended
 * @param phase where it stands
 * @param round the current round of positions, 0 before the first
 * @param riskLevel the current veto risk, once assessed
 * @param positionDeadline the current deadline for positions, once proposed
 * @param startedAt when it started
 * @param endedAt when it ended
 * @param outcome {@code EXTENDED}, {@code EXTENDED_WITH_AMENDMENTS} or {@code LAPSED}
 * once known
 */
public record RenewalSummary(String id, String packageKey, LocalDate expiry, RenewalStatus status, Phase phase,
		int round, String riskLevel, LocalDate positionDeadline, Instant startedAt, Instant endedAt, String outcome) {
}
