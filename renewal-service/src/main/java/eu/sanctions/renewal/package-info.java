/**
 * The renewal-service: hosts the Camunda 7 engine, runs the renewal process, takes
 * positions from the desks through Tasklist, REST and Kafka, and publishes every step as
 * an event.
 */
package eu.sanctions.renewal;
