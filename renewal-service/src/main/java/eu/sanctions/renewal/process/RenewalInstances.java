package eu.sanctions.renewal.process;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
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

	/**
	 * The open position task of one state in a running renewal, found by the renewal's id
	 * in one query (see {@link #situation(String, MemberState)}).
	 */
	private final String stateTaskOfRenewal;

	RenewalInstances(RuntimeService runtime, TaskService tasks, HistoryService history, ManagementService management) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.history = history;
		String taskTable = management.getTableName(Task.class);
		String prefix = taskTable.substring(0, taskTable.length() - "ACT_RU_TASK".length());
		this.stateTaskOfRenewal = "select T.* from " + taskTable + " T" //
				+ " join " + management.getTableName(ProcessInstance.class) + " P on P.ID_ = T.PROC_INST_ID_" //
				+ " join " + prefix + "ACT_RU_IDENTITYLINK L on L.TASK_ID_ = T.ID_" //
				+ " where P.BUSINESS_KEY_ = #{renewalId} and T.TASK_DEF_KEY_ = #{taskKey}"
				+ " and L.TYPE_ = 'candidate' and L.GROUP_ID_ = #{group}";
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
	 * the common case takes two queries, the state's task and then the instance's round
	 * and deadline, and every query goes by an index. The common case is that the state's
	 * task is open, so a round collects (review and negotiation are never open beside a
	 * desk's task): the task is found from the renewal's id by joining the process
	 * instance (its business key), its tasks and their candidate groups, each join by an
	 * index, whichever end the database starts from. This is a native query because the
	 * engine's task query by business key, definition and candidate group also joins the
	 * process definitions and, under load, took about a third of the service's processor
	 * time on H2, most of it comparing rows of other renewals' tasks; and the query by
	 * instance and candidate group, after one for the instance, spent half its time
	 * building its SQL (11 % of the position work, and the instance's query 6 % more).
	 * When there is no such task, the instance, then its open tasks, tell where the
	 * renewal stands; when they show a round, the state's task is looked for once more,
	 * in case the round opened after the first query.
	 */
	public RenewalSituation situation(String renewalId, MemberState state) {
		Task stateTask = stateTask(renewalId, state);
		if (stateTask != null) {
			return situation(renewalId, state, stateTask.getProcessInstanceId(), Stage.COLLECTING, stateTask.getId());
		}
		Optional<String> instance = running(renewalId);
		if (instance.isEmpty()) {
			return known(renewalId) ? RenewalSituation.ended(renewalId, state)
					: RenewalSituation.unknown(renewalId, state);
		}
		String instanceId = instance.get();
		Set<String> open = this.tasks.createTaskQuery()
			.processInstanceId(instanceId)
			.list()
			.stream()
			.map(Task::getTaskDefinitionKey)
			.collect(Collectors.toSet());
		Stage stage = open.contains(RenewalTask.REVIEW.key()) ? Stage.REVIEW
				: open.contains(RenewalTask.GIVE_POSITION.key()) ? Stage.COLLECTING
						: open.contains(RenewalTask.NEGOTIATE.key()) ? Stage.NEGOTIATION : Stage.CLOSED;
		if (stage == Stage.COLLECTING) {
			// A round's tasks are created in one transaction, which this query saw
			// committed: a query that starts now sees the state's task if the round
			// asks the state, even when the round opened after the first query. So a
			// position kept during the review, applied as the review commits, is not
			// refused as not asked.
			stateTask = stateTask(renewalId, state);
			if (stateTask != null) {
				return situation(renewalId, state, instanceId, Stage.COLLECTING, stateTask.getId());
			}
		}
		return situation(renewalId, state, instanceId, stage, null);
	}

	/**
	 * The situation with the instance's round, asked states and deadline, read in one
	 * query of the instance's own variables: reading them through the instance
	 * ({@code getVariables}) loads its execution, its process definition and every
	 * variable of its scope, three statements on every position.
	 */
	private RenewalSituation situation(String renewalId, MemberState state, String instanceId, Stage stage,
			String stateTaskId) {
		Map<String, Object> variables = this.runtime.createVariableInstanceQuery()
			.executionIdIn(instanceId)
			.variableNameIn(RenewalProcess.Variables.ROUND, RenewalProcess.Variables.ASKED_STATES,
					RenewalProcess.Variables.POSITIONS_CLOSE_AT)
			.disableBinaryFetching()
			.disableCustomObjectDeserialization()
			.list()
			.stream()
			.filter((variable) -> variable.getValue() != null)
			.collect(Collectors.toMap(VariableInstance::getName, VariableInstance::getValue));
		Object round = variables.get(RenewalProcess.Variables.ROUND);
		Object asked = variables.get(RenewalProcess.Variables.ASKED_STATES);
		Object closesAt = variables.get(RenewalProcess.Variables.POSITIONS_CLOSE_AT);
		return new RenewalSituation(renewalId, state, true, true, stage,
				(round instanceof Number number) ? number.intValue() : 0,
				asked != null && StateCodes.parse(asked.toString()).contains(state), stateTaskId, instant(closesAt));
	}

	/** The open position task of a state in a running renewal, or {@code null}. */
	private Task stateTask(String renewalId, MemberState state) {
		return this.tasks.createNativeTaskQuery()
			.sql(this.stateTaskOfRenewal)
			.parameter("renewalId", renewalId)
			.parameter("taskKey", RenewalTask.GIVE_POSITION.key())
			.parameter("group", DemoUsers.deskGroup(state))
			.singleResult();
	}

	private static Instant instant(Object value) {
		return (value != null && !value.toString().isBlank()) ? OffsetDateTime.parse(value.toString()).toInstant()
				: null;
	}

}
