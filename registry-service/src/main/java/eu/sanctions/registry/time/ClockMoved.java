package eu.sanctions.registry.time;

import java.time.Instant;

/**
 * An admin moved the movable clock: what was due between the old time and the new one is
 * due now, not at the next scheduled run.
 *
 * @param now what the clock reads after the move
 */
public record ClockMoved(Instant now) {
}
