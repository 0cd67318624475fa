/**
 * Where revisions are kept and made: the packages as they stand, their history, the
 * listings index, and the one service that records a revision together with the events
 * that announce it.
 */
package eu.sanctions.registry.revisions;
