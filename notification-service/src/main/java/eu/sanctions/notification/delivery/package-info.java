/**
 * The record of what was delivered: each event fanned out to its recipients' channels in
 * the transaction that consumes it, then sent by a dispatcher that retries with backoff
 * and full jitter and, after the last try, leaves a dead letter that can be retried by
 * hand.
 */
package eu.sanctions.notification.delivery;
