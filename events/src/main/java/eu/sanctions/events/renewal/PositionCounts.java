package eu.sanctions.events.renewal;

/**
 * How many states hold each position; {@code silent} counts those who have not answered
 * (or, after the deadline, count as no response).
 */
public record PositionCounts(int support, int supportWithConditions, int abstain, int constructiveAbstention,
		int oppose, int silent) {
}
