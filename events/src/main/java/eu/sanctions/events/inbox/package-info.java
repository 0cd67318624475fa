/**
 * The inbox: which events each consumer has applied, so that a redelivered event is
 * applied once, and forgetting them once no redelivery can come; and how a consumer tries
 * again an event it could not apply.
 */
package eu.sanctions.events.inbox;
