/**
 * The renewal process's side in Java: the names the BPMN, DMN and forms share with
 * renewal-service (process, messages, tasks, variables), and the thin delegates and
 * listeners that turn process variables into calls on the renewal's rules and into
 * events.
 */
package eu.sanctions.processes.process;
