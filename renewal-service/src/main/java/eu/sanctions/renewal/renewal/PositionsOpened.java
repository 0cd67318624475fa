package eu.sanctions.renewal.renewal;

/**
 * A round of positions was opened for a renewal: the states it asks now have their tasks,
 * and positions kept for them can be applied once this is committed.
 *
 * @param renewalId the renewal
 * @param round the round
 */
public record PositionsOpened(String renewalId, int round) {
}
