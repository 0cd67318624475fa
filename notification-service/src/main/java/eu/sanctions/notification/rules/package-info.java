/**
 * Who hears of what, and on which channels: the routing table of notifications and the
 * words they are written in. Plain Java on the event contract: no Spring, no Kafka, no
 * web.
 */
package eu.sanctions.notification.rules;
