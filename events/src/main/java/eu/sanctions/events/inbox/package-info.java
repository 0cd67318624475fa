/**
 * The inbox: which events each consumer has applied, so that a redelivered event is
 * applied once.
 */
package eu.sanctions.events.inbox;
