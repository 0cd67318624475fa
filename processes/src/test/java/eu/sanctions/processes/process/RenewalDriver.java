package eu.sanctions.processes.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;
import eu.sanctions.events.SignalSeverity;
import eu.sanctions.processes.renewal.Brussels;

import static eu.sanctions.processes.process.RenewalProcess.Variables.*;

/**
 * Drives one renewal of EU-BLR (expiry 2027-02-28) through the engine as renewal-service
 * would: starting it, completing tasks with the variables its doors send, correlating
 * messages, and moving the engine's clock to run the timers that are due.
 */
final class RenewalDriver {

	static final String PACKAGE = "EU-BLR";

	static final LocalDate EXPIRY_DATE = LocalDate.of(2027, 2, 28);

	static final String RENEWAL_ID = "EU-BLR:2027-02-28";

	/** The default deadline: 14 days before the expiry. */
	static final LocalDate DEADLINE = LocalDate.of(2027, 2, 14);

	static final String STAFF = "staff";

	static final LocalDateTime STARTED_AT = LocalDateTime.of(2026, 12, 1, 10, 0);

	private final ProcessEngine engine;

	private ProcessInstance instance;

	RenewalDriver(ProcessEngine engine) {
		this.engine = engine;
	}

	static void clockAt(LocalDateTime brussels) {
		ClockUtil.setCurrentTime(Date.from(brussels.atZone(Brussels.ZONE).toInstant()));
	}

	static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	ProcessInstance start() {
		clockAt(STARTED_AT);
		this.instance = this.engine.getRuntimeService()
			.startProcessInstanceByKey(RenewalProcess.ID, RENEWAL_ID,
					Map.of(PACKAGE_KEY, PACKAGE, EXPIRY, EXPIRY_DATE.toString(), RENEWAL_CYCLE_MONTHS, 12, STARTED_BY,
							"registry", TRIGGERING_EVENT_ID, "4b5c0c1e-renewal-due"));
		return this.instance;
	}

	ProcessInstance instance() {
		return this.instance;
	}

	// Tasks

	Task task(RenewalTask task) {
		List<Task> tasks = this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(this.instance.getId())
			.taskDefinitionKey(task.key())
			.list();
		if (tasks.size() != 1) {
			throw new AssertionError("Expected one " + task.key() + " task, found " + tasks.size());
		}
		return tasks.get(0);
	}

	Task deskTask(MemberState state) {
		return this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(this.instance.getId())
			.taskDefinitionKey(RenewalTask.GIVE_POSITION.key())
			.taskCandidateGroup("desk-" + state.euCode())
			.singleResult();
	}

	long openDeskTasks() {
		return this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(this.instance.getId())
			.taskDefinitionKey(RenewalTask.GIVE_POSITION.key())
			.count();
	}

	/** Staff complete one of their tasks, as the user {@code staff}. */
	void complete(RenewalTask task, Map<String, Object> variables) {
		String taskId = task(task).getId();
		this.engine.getIdentityService().setAuthentication(STAFF, List.of(RenewalProcess.STAFF_GROUP));
		try {
			this.engine.getTaskService().complete(taskId, variables);
		}
		finally {
			this.engine.getIdentityService().clearAuthentication();
		}
	}

	void reviewExtendingAsIs() {
		complete(RenewalTask.REVIEW, Map.of(RECOMMENDATION, "EXTEND", PROPOSED_NEW_EXPIRY, "2028-02-28",
				POSITION_DEADLINE, DEADLINE.toString()));
	}

	// Positions

	/** A desk answers in Tasklist, as the desk's user. */
	void answer(MemberState state, Position position) {
		answer(state, position, null, null);
	}

	void answer(MemberState state, Position position, String conditions, String justification) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(POSITION, position.name());
		variables.put(CONDITIONS, conditions);
		variables.put(JUSTIFICATION, justification);
		completeDeskTask(state, variables);
	}

	/**
	 * A desk system answers through Kafka, as renewal-service's door completes the task:
	 * the answer and the door as transient variables, and no engine authentication
	 * (renewal-service checked the sender itself).
	 */
	void answerThroughKafka(MemberState state, Position position, String submittedBy) {
		Task task = deskTask(state);
		this.engine.getTaskService()
			.complete(task.getId(), RenewalProcess.positionFromDoor(position.name(), null, null, "KAFKA", submittedBy));
	}

	void completeDeskTask(MemberState state, Map<String, Object> variables) {
		Task task = deskTask(state);
		if (task == null) {
			throw new AssertionError("No open position task for " + state);
		}
		this.engine.getIdentityService().setAuthentication("desk-" + state.euCode(), List.of("desk-" + state.euCode()));
		try {
			this.engine.getTaskService().complete(task.getId(), variables);
		}
		finally {
			this.engine.getIdentityService().clearAuthentication();
		}
	}

	void everyStateAnswers(Position position, MemberState... except) {
		for (MemberState state : allBut(except)) {
			answer(state, position);
		}
	}

	static Set<MemberState> allBut(MemberState... except) {
		Set<MemberState> states = EnumSet.allOf(MemberState.class);
		Arrays.asList(except).forEach(states::remove);
		return states;
	}

	// Staff

	void negotiateAskingAgain(String amendments, String states, LocalDate deadline) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(NEGOTIATION_DECISION, "ASK_AGAIN");
		variables.put(AMENDMENTS, amendments);
		variables.put(STATES_TO_ASK, states);
		variables.put(POSITION_DEADLINE, deadline.toString());
		complete(RenewalTask.NEGOTIATE, variables);
	}

	void recordAdoption(String actReference, LocalDate adopted) {
		complete(RenewalTask.RECORD_ADOPTION,
				Map.of(ACT_REFERENCE, actReference, ADOPTION_DATE, adopted.toString(), PUBLICATION_DATE,
						adopted.plusDays(1).toString(), ENTRY_INTO_FORCE_DATE, adopted.plusDays(1).toString()));
	}

	// Messages, as renewal-service correlates them

	/**
	 * A pressure signal, correlated as renewal-service does it: to whoever waits for it.
	 * @return whether the renewal took it
	 */
	boolean signal(SignalSeverity severity, String kind, MemberState... states) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(SIGNAL_ID, "signal-" + kind + "-" + severity);
		variables.put(SIGNAL_KIND, kind);
		variables.put(SIGNAL_SUMMARY, "Thousands of trucks held at the Belarusian border");
		variables.put(SIGNAL_SEVERITY, severity.name());
		variables.put(SIGNAL_STATES, Arrays.stream(states).map(MemberState::euCode).collect(Collectors.joining(",")));
		variables.put(SIGNAL_OBSERVED_AT, RenewalVariables.at(now()));
		return !this.engine.getRuntimeService()
			.createMessageCorrelation(RenewalProcess.Messages.PRESSURE_SIGNAL)
			.processInstanceBusinessKey(RENEWAL_ID)
			.setVariablesLocal(variables)
			.correlateAllWithResult()
			.isEmpty();
	}

	void withdraw(String reason, String by) {
		this.engine.getRuntimeService()
			.createMessageCorrelation(RenewalProcess.Messages.WITHDRAWAL)
			.processInstanceBusinessKey(RENEWAL_ID)
			.setVariable(WITHDRAWAL_REASON, reason)
			.setVariable(WITHDRAWN_BY, by)
			.correlateWithResult();
	}

	void registryConfirms() {
		this.engine.getRuntimeService()
			.createMessageCorrelation(RenewalProcess.Messages.MEASURES_EXTENDED)
			.processInstanceBusinessKey(RENEWAL_ID)
			.correlateWithResult();
	}

	void registryRefuses(String reason, String detail) {
		this.engine.getRuntimeService()
			.createMessageCorrelation(RenewalProcess.Messages.REGISTRY_UPDATE_REJECTED)
			.processInstanceBusinessKey(RENEWAL_ID)
			.setVariable(REGISTRY_REJECTION_REASON, reason)
			.setVariable(REGISTRY_REJECTION_DETAIL, detail)
			.setVariable(REJECTED_EVENT_ID, "extension-adopted-1")
			.correlateWithResult();
	}

	// Time

	/**
	 * Moves the engine's clock and runs every job that is then due, as the job executor
	 * would.
	 */
	void passTime(LocalDateTime brussels) {
		clockAt(brussels);
		runDueJobs();
	}

	void runDueJobs() {
		// One at a time, earliest first: a job may remove others (a deadline ends the
		// reminder).
		for (int run = 0; run < 100; run++) {
			List<Job> due = this.engine.getManagementService()
				.createJobQuery()
				.processInstanceId(this.instance.getId())
				.executable()
				.orderByJobDuedate()
				.asc()
				.list();
			if (due.isEmpty()) {
				return;
			}
			this.engine.getManagementService().executeJob(due.get(0).getId());
		}
		throw new AssertionError("Jobs kept falling due");
	}

	Object variable(String name) {
		return this.engine.getRuntimeService().getVariable(this.instance.getId(), name);
	}

	boolean ended() {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(this.instance.getId())
			.count() == 0;
	}

}
