/**
 * Test infrastructure for the whole repository, shared through this module's test-jar: a
 * real Kafka broker (Testcontainers where a Docker engine runs, otherwise an in-JVM KRaft
 * broker), a real PostgreSQL database (Testcontainers, otherwise the server at
 * 127.0.0.1:5432), and readers and writers of CloudEvents on topics.
 */
package eu.sanctions.events.testing;
