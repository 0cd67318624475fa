/**
 * Who may do what in the registry: HTTP Basic for the demo users of the embedded stack,
 * OAuth2 JWT when an issuer is configured, and problem+json answers for 401 and 403.
 */
package eu.sanctions.registry.access;
