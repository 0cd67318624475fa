/**
 * Events that come into the system from outside: positions from the desks' systems and
 * pressure signals.
 */
package eu.sanctions.events.inbound;
