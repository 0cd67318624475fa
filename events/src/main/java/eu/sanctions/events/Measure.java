package eu.sanctions.events;

/**
 * One measure of a package.
 *
 * @param category the category from the controlled list
 * @param description what the measure does, in words
 * @param legalReference the provision that imposes it, e.g. "Regulation (EC) No 765/2006,
 * Art. 2"
 */
public record Measure(MeasureCategory category, String description, String legalReference) {
}
