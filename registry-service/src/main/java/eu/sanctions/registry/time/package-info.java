/**
 * The registry's time: the system clock, or, for the system tests and the demo, a clock
 * that an admin moves forward so that an expiry passes without waiting for it.
 */
package eu.sanctions.registry.time;
