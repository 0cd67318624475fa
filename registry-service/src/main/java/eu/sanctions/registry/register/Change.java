package eu.sanctions.registry.register;

/**
 * One thing a revision changed, before and after, in words. A listing or measure added
 * has no before; one removed has no after.
 *
 * @param field what changed, e.g. {@code expiry}, {@code listings/EU.BLR.P001}
 * @param before its value before, or {@code null}
 * @param after its value after, or {@code null}
 */
public record Change(String field, String before, String after) {
}
