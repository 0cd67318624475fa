package eu.sanctions.processes.process;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A task's completion was refused because what was entered breaks the renewal's rules.
 * Thrown from the task's completion listener, it rolls the completion back; Camunda wraps
 * it ("Exception while invoking TaskListener: ..."), so callers find it as the cause.
 */
public class RejectedTaskInput extends ProcessEngineException {

	private final transient List<String> problems;

	public RejectedTaskInput(String task, List<String> problems) {
		super(task + ": " + String.join(" ", problems));
		this.problems = List.copyOf(problems);
	}

	/** What is wrong, one sentence per problem. */
	public List<String> problems() {
		return this.problems;
	}

	static void refuseIfAny(DelegateTask task, List<String> problems) {
		if (!problems.isEmpty()) {
			throw new RejectedTaskInput(task.getName(), problems);
		}
	}

}
