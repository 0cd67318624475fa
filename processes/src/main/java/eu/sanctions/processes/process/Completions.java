package eu.sanctions.processes.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completed a task: whom events name as having reviewed, recorded, withdrawn. */
final class Completions {

	/** Named when neither an authenticated user nor an assignee is known. */
	static final String UNKNOWN = "unknown";

	private Completions() {
	}

	static String by(DelegateTask task) {
		Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		if (authentication != null && authentication.getUserId() != null) {
			return authentication.getUserId();
		}
		return (task.getAssignee() != null) ? task.getAssignee() : UNKNOWN;
	}

}
