package eu.sanctions.renewal.process;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.access.DemoUsers;
import eu.sanctions.processes.process.RenewalProcess;
import eu.sanctions.processes.process.RenewalTask;
import eu.sanctions.processes.renewal.StateCodes;
import eu.sanctions.renewal.renewal.RenewalSituation;
import eu.sanctions.renewal.renewal.RenewalSituation.Stage;

/**
 * The renewals as the engine holds them: which run, where each stands, which state's task
 * is open. A renewal's id is its process instance's business key.
 */
@Component
public class RenewalInstances {

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final HistoryService history;

	RenewalInstances(RuntimeService runtime, TaskService tasks, HistoryService history) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.history = history;
	}

	/**
	 * The running instance of a renewal, if any. Found by its business key alone: the
	 * renewal process is the only one this engine runs, and a filter on the process
	 * definition's key joins the definitions, which lets the database plan the query from
	 * them, through every execution of the process, instead of from the business key's
	 * index.
	 */
	public Optional<String> running(String renewalId) {
		return this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(renewalId)
			.list()
			.stream()
			.map(ProcessInstance::getId)
			.findFirst();
	}

	/** Whether a renewal with this id ever ran, running or ended. */
	public boolean known(String renewalId) {
		return this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(RenewalProcess.ID)
			.processInstanceBusinessKey(renewalId)
			.count() > 0;
	}

	/** The running renewals of a package, by id. */
	public List<String> runningOf(String packageKey) {
		return this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(RenewalProcess.ID)
			.processInstanceBusinessKeyLike(packageKey + ":%")
			.list()
			.stream()
			.map(ProcessInstance::getBusinessKey)
			.sorted()
			.toList();
	}

	/** Whether any renewal of the package ever ran. */
	public boolean anyOf(String packageKey) {
		return this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(RenewalProcess.ID)
			.processInstanceBusinessKeyLike(packageKey + ":%")
			.count() > 0;
	}

	/**
	 * Where a renewal stands for one state's position, now. Asked on every position, so
	 * each query goes by an index: the instance by its business key, then its tasks by
	 * the instance. (One task query by business key, definition and candidate group,
	 * tried before, joins four tables; under load it took about a third of the service's
	 * processor time on H2, most of it comparing rows of other renewals' tasks.)
	 */
	public RenewalSituation situation(String renewalId, MemberState state) {
		Optional<String> instance = running(renewalId);
		if (instance.isEmpty()) {
			return known(renewalId) ? RenewalSituation.ended(renewalId, state)
					: RenewalSituation.unknown(renewalId, state);
		}
		String instanceId = instance.get();
		// The common case: the state's task is open, so a round collects (review and
		// negotiation are never open beside a desk's task).
		String stateTaskId = stateTaskId(instanceId, state);
		if (stateTaskId != null) {
			return situation(renewalId, state, instanceId, Stage.COLLECTING, stateTaskId);
		}
		Set<String> open = this.tasks.createTaskQuery()
			.processInstanceId(instanceId)
			.list()
			.stream()
			.map(Task::getTaskDefinitionKey)
			.collect(Collectors.toSet());
		Stage stage = open.contains(RenewalTask.REVIEW.key()) ? Stage.REVIEW
				: open.contains(RenewalTask.GIVE_POSITION.key()) ? Stage.COLLECTING
						: open.contains(RenewalTask.NEGOTIATE.key()) ? Stage.NEGOTIATION : Stage.CLOSED;
		return situation(renewalId, state, instanceId, stage, null);
	}

	private RenewalSituation situation(String renewalId, MemberState state, String instanceId, Stage stage,
			String stateTaskId) {
		Map<String, Object> variables = this.runtime.getVariables(instanceId, List.of(RenewalProcess.Variables.ROUND,
				RenewalProcess.Variables.ASKED_STATES, RenewalProcess.Variables.POSITIONS_CLOSE_AT));
		Object round = variables.get(RenewalProcess.Variables.ROUND);
		Object asked = variables.get(RenewalProcess.Variables.ASKED_STATES);
		Object closesAt = variables.get(RenewalProcess.Variables.POSITIONS_CLOSE_AT);
		return new RenewalSituation(renewalId, state, true, true, stage,
				(round instanceof Number number) ? number.intValue() : 0,
				asked != null && StateCodes.parse(asked.toString()).contains(state), stateTaskId, instant(closesAt));
	}

	/** The open position task of a state in a running renewal, or {@code null}. */
	String stateTaskId(String instanceId, MemberState state) {
		Task task = this.tasks.createTaskQuery()
			.processInstanceId(instanceId)
			.taskDefinitionKey(RenewalTask.GIVE_POSITION.key())
			.taskCandidateGroup(DemoUsers.deskGroup(state))
			.includeAssignedTasks()
			.singleResult();
		return (task != null) ? task.getId() : null;
	}

	private static Instant instant(Object value) {
		return (value != null && !value.toString().isBlank()) ? OffsetDateTime.parse(value.toString()).toInstant()
				: null;
	}

}
