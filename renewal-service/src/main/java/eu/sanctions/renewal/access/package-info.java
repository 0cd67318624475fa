/**
 * Who may do what in the renewal service: the same roles and callers as everywhere (HTTP
 * Basic for the demo users, OAuth2 JWT when an issuer is configured), Camunda's engine
 * REST API authenticated the same way and bound to the engine's authorizations, and the
 * Camunda users, groups and authorizations that make a desk see only its own state's
 * tasks.
 */
package eu.sanctions.renewal.access;
