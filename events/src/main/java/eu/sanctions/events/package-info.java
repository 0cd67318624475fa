/**
 * The event contract between the services and with integrators: one record per event
 * type, the values they carry, and the catalogue that ties each type to its topic and
 * JSON Schema.
 */
package eu.sanctions.events;
