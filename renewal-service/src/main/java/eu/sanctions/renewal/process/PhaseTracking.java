package eu.sanctions.renewal.process;

import java.time.Clock;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import eu.sanctions.processes.process.RenewalProcess;
import eu.sanctions.processes.process.RenewalTask;
import eu.sanctions.renewal.renewal.Phase;
import eu.sanctions.renewal.renewal.RenewalProjection;

/**
 * Keeps the read model's phase where the staff's tasks are, for the steps that publish no
 * event (unanimity in reach, the registry's refusal or silence). The engine publishes its
 * task events as Spring events, in its transaction ({@code camunda.bpm.eventing.task}).
 * The desks' tasks do not move the phase: {@code positions-requested} does, and a desk's
 * task opens again after each answer, also while staff are offered the adoption.
 */
@Component
class PhaseTracking {

	private static final Map<String, Phase> CREATED = Map.of(RenewalTask.REVIEW.key(), Phase.REVIEW,
			RenewalTask.NEGOTIATE.key(), Phase.NEGOTIATION, RenewalTask.RECORD_ADOPTION.key(), Phase.ADOPTION,
			RenewalTask.CONFIRM_ADOPTION_AT_EXPIRY.key(), Phase.ADOPTION, RenewalTask.RESOLVE_REGISTRY_REFUSAL.key(),
			Phase.REGISTRY_REFUSED, RenewalTask.CHASE_REGISTRY.key(), Phase.REGISTRY_OVERDUE);

	private static final Map<String, Phase> COMPLETED = Map.of(RenewalTask.RESOLVE_REGISTRY_REFUSAL.key(),
			Phase.AWAITING_REGISTRY, RenewalTask.CHASE_REGISTRY.key(), Phase.AWAITING_REGISTRY);

	private final RenewalProjection projection;

	private final Clock clock;

	PhaseTracking(RenewalProjection projection, Clock clock) {
		this.projection = projection;
		this.clock = clock;
	}

	@EventListener
	void on(DelegateTask task) {
		if (task.getProcessDefinitionId() == null
				|| !task.getProcessDefinitionId().startsWith(RenewalProcess.ID + ":")) {
			return;
		}
		Phase phase = switch (task.getEventName()) {
			case TaskListener.EVENTNAME_CREATE -> CREATED.get(task.getTaskDefinitionKey());
			case TaskListener.EVENTNAME_COMPLETE -> COMPLETED.get(task.getTaskDefinitionKey());
			default -> null;
		};
		if (phase != null) {
			this.projection.phaseReached(task.getExecution().getProcessBusinessKey(), phase, this.clock.instant());
		}
	}

}
