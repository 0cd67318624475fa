package eu.sanctions.processes.process;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLinkType;

import eu.sanctions.events.SubmissionChannel;
import eu.sanctions.processes.renewal.PositionDeadline;
import eu.sanctions.processes.renewal.PositionInput;

import static eu.sanctions.processes.process.RenewalProcess.Variables.CHANNEL;
import static eu.sanctions.processes.process.RenewalProcess.Variables.STATE;
import static eu.sanctions.processes.process.RenewalProcess.Variables.SUBMITTED_BY;

/**
 * Refuses a position after the deadline or one that breaks the rules, whichever door it
 * came through. A completion with an engine authentication came through Tasklist or the
 * engine's REST API, where the caller could send any variables: it must come from the
 * desk of the branch's state, that state must still be the one the task was offered to (a
 * desk cannot change a task's candidate group, but the completion's variables reach the
 * branch's {@code state}), and the door and the submitter are taken from the
 * authentication. The REST and Kafka doors of renewal-service complete without one, and
 * name the door and the submitter themselves, in transient variables
 * ({@link RenewalProcess#positionFromDoor}) that a completion with an authentication may
 * not send.
 */
class PositionCompletion implements TaskListener {

	private final Clock clock;

	PositionCompletion(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		RenewalVariables variables = RenewalVariables.of(task);
		Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		Optional<PositionInput> door = variables.doorInput();
		if (authentication != null) {
			if (door.isPresent()) {
				throw new RejectedTaskInput(task.getName(), List.of("Only renewal-service's REST and Kafka doors "
						+ "name the door a position came through; Tasklist and the engine's API name it themselves."));
			}
			refuseUnlessTheStatesDesk(task, variables, authentication);
			task.setVariable(CHANNEL, SubmissionChannel.TASKLIST.name());
			task.setVariable(SUBMITTED_BY, authentication.getUserId());
		}
		PositionDeadline deadline = variables.deadline();
		if (!deadline.acceptsPositionsAt(this.clock.instant())) {
			throw new PositionAfterDeadline(task.getName(), deadline.toString());
		}
		RejectedTaskInput.refuseIfAny(task, variables.positionInput().problems());
		if (door.isPresent()) {
			if (door.get().channel() == null || door.get().submittedBy() == null) {
				throw new RejectedTaskInput(task.getName(),
						List.of("A position through a door names the door and its submitter."));
			}
			return;
		}
		if (variables.optionalText(CHANNEL) == null) {
			task.setVariable(CHANNEL, SubmissionChannel.TASKLIST.name());
		}
		if (variables.optionalText(SUBMITTED_BY) == null) {
			task.setVariable(SUBMITTED_BY, Completions.by(task));
		}
	}

	private static void refuseUnlessTheStatesDesk(DelegateTask task, RenewalVariables variables,
			Authentication authentication) {
		String state = variables.optionalText(STATE);
		// The group the task's camunda:candidateGroups="desk-${state}" names for the
		// branch's state as it stands now.
		String desk = (state != null) ? "desk-" + state : null;
		boolean offeredToThatDesk = desk != null && task.getCandidates()
			.stream()
			.anyMatch((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()) && desk.equals(link.getGroupId()));
		boolean userOfThatDesk = desk != null && authentication.getUserId() != null
				&& authentication.getGroupIds() != null && authentication.getGroupIds().contains(desk);
		if (!offeredToThatDesk || !userOfThatDesk) {
			throw new PositionNotByItsDesk(String.valueOf(authentication.getUserId()), String.valueOf(state));
		}
	}

}
