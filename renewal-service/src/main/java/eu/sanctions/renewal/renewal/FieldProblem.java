package eu.sanctions.renewal.renewal;

/**
 * What is wrong with one field of a submission.
 *
 * @param field the field, as the sender named it
 * @param message what is wrong, in words the sender can act on
 */
public record FieldProblem(String field, String message) {
}
