package eu.sanctions.processes.process;

import eu.sanctions.events.SanctionsEvent;

/**
 * Where the process's events go. renewal-service writes them to its transactional outbox
 * in the engine's transaction, so an event leaves if and only if the step that emitted it
 * commits. An event that breaks its schema must throw, so the step fails with it.
 */
@FunctionalInterface
public interface RenewalEvents {

	void publish(SanctionsEvent event);

}
