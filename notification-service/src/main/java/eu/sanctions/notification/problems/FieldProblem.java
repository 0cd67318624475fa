package eu.sanctions.notification.problems;

/**
 * What is wrong with one field of a request.
 *
 * @param field the field, e.g. {@code packages[0]}
 * @param message why, in words
 */
public record FieldProblem(String field, String message) {
}
