/**
 * Kafka in and out: the outbox and its relay, the inbox, the topics this service creates,
 * and what happens to a record that cannot be read.
 */
package eu.sanctions.notification.messaging;
