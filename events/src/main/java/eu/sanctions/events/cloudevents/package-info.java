/**
 * The envelope and the wire: CloudEvents 1.0 in binary mode on Kafka (the {@code ce_*}
 * headers, JSON in the value), structured mode for webhooks and the outbox, and
 * validation of each event's data against its JSON Schema.
 */
package eu.sanctions.events.cloudevents;
