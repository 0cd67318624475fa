/**
 * Who may do what in the notification service: HTTP Basic for the demo users of the
 * embedded stack, OAuth2 JWT when an issuer is configured, problem+json answers for 401
 * and 403, and whose inbox, subscriptions and deliveries a caller may see.
 */
package eu.sanctions.notification.access;
