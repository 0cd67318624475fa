/**
 * The transactional outbox: an event is written in the same database transaction as the
 * change it reports, then relayed to Kafka, in order per package, at least once.
 */
package eu.sanctions.events.outbox;
