/**
 * {@code ./sanctions demo}: the Belarus renewal played against the stack that
 * {@code ./sanctions up} started, as a real client would, one narrated line per step.
 */
package eu.sanctions.demo;
