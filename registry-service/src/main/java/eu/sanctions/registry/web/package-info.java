/**
 * The REST API under {@code /api/}: reading packages, their history and listings; staff's
 * writes with optimistic locking; the Sanctions Map import; every error as
 * {@code application/problem+json}.
 */
package eu.sanctions.registry.web;
