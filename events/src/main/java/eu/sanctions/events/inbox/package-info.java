/**
 * The inbox: which events each consumer has applied, so that a redelivered event is
 * applied once; and how a consumer tries again an event it could not apply.
 */
package eu.sanctions.events.inbox;
