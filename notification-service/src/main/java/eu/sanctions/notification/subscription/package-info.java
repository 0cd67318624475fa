/**
 * What desks and integrators asked to hear of: subscriptions to packages and event types,
 * with a signed webhook for integrators; the packages one may name, learned from the
 * registry; and the guard that keeps webhooks off private networks.
 */
package eu.sanctions.notification.subscription;
