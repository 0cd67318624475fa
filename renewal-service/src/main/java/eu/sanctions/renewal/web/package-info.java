/**
 * The renewals API for desks and staff ({@code /api/renewals}): start, list, read, submit
 * a position, withdraw; every error as {@code application/problem+json}. Staff's own
 * tasks (review, negotiation, adoption, the registry's answers) are done in Tasklist or
 * through the engine REST API.
 */
package eu.sanctions.renewal.web;
