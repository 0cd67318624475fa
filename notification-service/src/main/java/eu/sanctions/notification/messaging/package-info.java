/**
 * Kafka in: the renewal's and the registry's events to notify, the registry's packages to
 * subscribe to, the inbox that skips redeliveries, the topics this service creates, and
 * what happens to a record that cannot be read.
 */
package eu.sanctions.notification.messaging;
