/**
 * A client of the whole system through its public doors only: the services' REST APIs,
 * Camunda's engine REST API (what Tasklist uses) and the Kafka topics. The system tests
 * and the demo drive the stack with it.
 */
package eu.sanctions.systemtests.client;
