/**
 * The Camunda edge: the renewal process's delegates as beans, starting renewals, finding
 * and completing the desks' tasks (retried when desks answer at once), correlating the
 * registry's answers, signals and withdrawals, and the engine's clock, which is this
 * service's clock. Thin: the rules are in the processes module and in {@code renewal}.
 */
package eu.sanctions.renewal.process;
