/**
 * Kafka in and out. Out: every event of the process, and {@code position-rejected},
 * through the transactional outbox and its relay, projected into the read model in the
 * same transaction. In: the desks' positions (applied, kept or refused, signed by their
 * desk system when principals are configured), the registry's events and packages, and
 * pressure signals, each applied once (inbox); what cannot be read goes to the topic's
 * dead-letter topic.
 */
package eu.sanctions.renewal.messaging;
