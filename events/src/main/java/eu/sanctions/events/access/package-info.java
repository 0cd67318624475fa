/**
 * Who may do what, the same in every service: the roles, the caller a request or a record
 * comes from (a desk speaks for its own member state only), the demo users of the
 * embedded stack, and how a token's claims name them. Plain Java; each service adapts it
 * to Spring Security.
 */
package eu.sanctions.events.access;
