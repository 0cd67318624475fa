/**
 * Every error of the API as {@code application/problem+json} (RFC 9457): 400 with the
 * fields at fault, 403, 404, 409, and never a stack trace.
 */
package eu.sanctions.notification.problems;
