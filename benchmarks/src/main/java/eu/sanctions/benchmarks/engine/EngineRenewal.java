package eu.sanctions.benchmarks.engine;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

import eu.sanctions.benchmarks.RenewalPlan;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;
import eu.sanctions.events.SubmissionChannel;
import eu.sanctions.processes.process.RenewalProcess;
import eu.sanctions.processes.process.RenewalTask;

import static eu.sanctions.processes.process.RenewalProcess.Variables.EXPIRY;
import static eu.sanctions.processes.process.RenewalProcess.Variables.PACKAGE_KEY;
import static eu.sanctions.processes.process.RenewalProcess.Variables.RENEWAL_CYCLE_MONTHS;
import static eu.sanctions.processes.process.RenewalProcess.Variables.STARTED_BY;
import static eu.sanctions.processes.process.RenewalProcess.Variables.TRIGGERING_EVENT_ID;

/**
 * One renewal driven through the engine's Java API with the variables renewal-service's
 * doors send: the registry's start, the staff's review, the 27 desks' positions as the
 * Kafka door completes their tasks, the staff's adoption, the registry's confirmation.
 */
final class EngineRenewal {

	private final ProcessEngine engine;

	private final String packageKey;

	private final String renewalId;

	private String instanceId;

	EngineRenewal(ProcessEngine engine, String packageKey) {
		this.engine = engine;
		this.packageKey = packageKey;
		this.renewalId = RenewalPlan.renewalId(packageKey);
	}

	/** Starts the renewal and completes the staff's review: positions are requested. */
	void startAndReview() {
		Map<String, Object> start = new HashMap<>();
		start.put(PACKAGE_KEY, this.packageKey);
		start.put(EXPIRY, RenewalPlan.EXPIRY.toString());
		start.put(RENEWAL_CYCLE_MONTHS, 12);
		start.put(STARTED_BY, "registry");
		start.put(TRIGGERING_EVENT_ID, UUID.randomUUID().toString());
		this.instanceId = this.engine.getRuntimeService()
			.startProcessInstanceByKey(RenewalProcess.ID, this.renewalId, start)
			.getId();
		asStaff(RenewalTask.REVIEW, new HashMap<>(RenewalPlan.review()));
	}

	/**
	 * Every state supports, staff record the adoption, the registry confirms: the renewal
	 * has ended.
	 */
	void positionsToCompletion(LocalDate today) {
		for (MemberState state : MemberState.values()) {
			Task task = this.engine.getTaskService()
				.createTaskQuery()
				.processInstanceId(this.instanceId)
				.taskDefinitionKey(RenewalTask.GIVE_POSITION.key())
				.taskCandidateGroup("desk-" + state.euCode())
				.singleResult();
			if (task == null) {
				throw new IllegalStateException("No position task for " + state + " in " + this.renewalId);
			}
			// As renewal-service's Kafka door completes it.
			this.engine.getTaskService()
				.complete(task.getId(), RenewalProcess.positionFromDoor(Position.SUPPORT.name(), null, null,
						SubmissionChannel.KAFKA.name(), "desk-system-" + state.euCode()));
		}
		asStaff(RenewalTask.RECORD_ADOPTION, new HashMap<>(RenewalPlan.adoption(today, this.packageKey)));
		this.engine.getRuntimeService()
			.createMessageCorrelation(RenewalProcess.Messages.MEASURES_EXTENDED)
			.processInstanceBusinessKey(this.renewalId)
			.correlateWithResult();
		if (this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(this.instanceId)
			.count() != 0) {
			throw new IllegalStateException(this.renewalId + " has not ended");
		}
	}

	private void asStaff(RenewalTask key, Map<String, Object> variables) {
		Task task = this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(this.instanceId)
			.taskDefinitionKey(key.key())
			.singleResult();
		if (task == null) {
			throw new IllegalStateException("No " + key.key() + " task in " + this.renewalId);
		}
		IdentityService identity = this.engine.getIdentityService();
		identity.setAuthentication("staff", List.of(RenewalProcess.STAFF_GROUP));
		try {
			this.engine.getTaskService().complete(task.getId(), variables);
		}
		finally {
			identity.clearAuthentication();
		}
	}

}
