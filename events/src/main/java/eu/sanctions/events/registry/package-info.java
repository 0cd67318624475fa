/**
 * Events the registry publishes: the state of every package, and what happened to the
 * measures in force.
 */
package eu.sanctions.events.registry;
