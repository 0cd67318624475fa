/**
 * The registry-service: the register of sanctions packages and of the measures in force,
 * with their history.
 */
package eu.sanctions.registry;
