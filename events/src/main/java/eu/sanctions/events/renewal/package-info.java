/**
 * Events of the renewal process: every step of a renewal, from its start to extension,
 * lapse or withdrawal.
 */
package eu.sanctions.events.renewal;
