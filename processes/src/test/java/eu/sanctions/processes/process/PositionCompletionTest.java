package eu.sanctions.processes.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;
import eu.sanctions.events.SubmissionChannel;
import eu.sanctions.events.renewal.PositionRecorded;

import static eu.sanctions.processes.process.RenewalProcess.Variables.CHANNEL;
import static eu.sanctions.processes.process.RenewalProcess.Variables.CONDITIONS;
import static eu.sanctions.processes.process.RenewalProcess.Variables.JUSTIFICATION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.POSITION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.STATE;
import static eu.sanctions.processes.process.RenewalProcess.Variables.SUBMITTED_BY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A state's position task completed by an authenticated user (Tasklist, the engine's REST
 * API) counts only from that state's desk, and names the door and the submitter from the
 * authentication, whatever the variables say. The engine here checks no authorizations,
 * so the listener is the only thing that refuses.
 */
@Deployment(resources = { RenewalEngine.BPMN, RenewalEngine.DMN })
class PositionCompletionTest {

	static final RecordingRenewalEvents events = new RecordingRenewalEvents();

	@RegisterExtension
	static ProcessEngineExtension extension = ProcessEngineExtension.builder()
		.useProcessEngine(RenewalEngine.plain(events).buildProcessEngine())
		.build();

	RenewalDriver renewal;

	@BeforeEach
	void newDriver() {
		this.renewal = new RenewalDriver(extension.getProcessEngine());
	}

	@AfterEach
	void resetClockAndEvents() {
		events.clear();
		ClockUtil.reset();
	}

	@Test
	void namesTasklistAndTheAuthenticatedUserWhateverTheVariablesSay() {
		startARound();
		completeAs("desk-LT", List.of("desk-LT"), MemberState.LT,
				Map.of(POSITION, "SUPPORT", CHANNEL, "KAFKA", SUBMITTED_BY, "desk-HU"));

		PositionRecorded recorded = events.last(PositionRecorded.class);
		assertThat(recorded.state()).isEqualTo(MemberState.LT);
		assertThat(recorded.channel()).isEqualTo(SubmissionChannel.TASKLIST);
		assertThat(recorded.submittedBy()).isEqualTo("desk-LT");
	}

	@Test
	void refusesADeskThatNamesAnotherStateInTheVariables() {
		startARound();
		Task lithuania = this.renewal.deskTask(MemberState.LT);

		assertThatThrownBy(() -> completeAs("desk-LT", List.of("desk-LT"), MemberState.LT,
				Map.of(POSITION, "OPPOSE", STATE, "HU")))
			.hasRootCauseInstanceOf(PositionNotByItsDesk.class)
			.hasMessageContaining("Only the desk of HU");

		assertThat(this.renewal.deskTask(MemberState.LT).getId()).isEqualTo(lithuania.getId());
		assertThat(engine().getTaskService().getVariable(lithuania.getId(), STATE)).isEqualTo("LT");
		assertThat(events.published(PositionRecorded.class)).isEmpty();
	}

	@Test
	void refusesAUserOfTwoDesksWhoNamesTheOtherStateOnTheFirstStatesTask() {
		startARound();
		assertThatThrownBy(() -> completeAs("two-desks", List.of("desk-LT", "desk-HU"), MemberState.LT,
				Map.of(POSITION, "OPPOSE", STATE, "HU")))
			.hasRootCauseInstanceOf(PositionNotByItsDesk.class);

		assertThat(events.published(PositionRecorded.class)).isEmpty();
	}

	@Test
	void refusesTheDeskOfAnotherState() {
		startARound();
		assertThatThrownBy(() -> completeAs("desk-HU", List.of("desk-HU"), MemberState.LT, Map.of(POSITION, "OPPOSE")))
			.hasRootCauseInstanceOf(PositionNotByItsDesk.class)
			.hasMessageContaining("desk-HU may not");

		assertThat(events.published(PositionRecorded.class)).isEmpty();
	}

	@Test
	void refusesStaffAndAdmins() {
		startARound();
		assertThatThrownBy(() -> completeAs("staff", List.of("staff"), MemberState.LT, Map.of(POSITION, "SUPPORT")))
			.hasRootCauseInstanceOf(PositionNotByItsDesk.class);
		assertThatThrownBy(
				() -> completeAs("admin", List.of("camunda-admin"), MemberState.LT, Map.of(POSITION, "SUPPORT")))
			.hasRootCauseInstanceOf(PositionNotByItsDesk.class);

		assertThat(events.published(PositionRecorded.class)).isEmpty();
		assertThat(this.renewal.openDeskTasks()).isEqualTo(27);
	}

	@Test
	void keepsTheDoorAndTheSubmitterThatRenewalServicesOwnDoorsNameAndStoresOnlyThePosition() {
		startARound();
		Task task = this.renewal.deskTask(MemberState.LT);
		Set<String> detailsBefore = variableUpdates().keySet();

		engine().getTaskService()
			.complete(task.getId(), RenewalProcess.positionFromDoor(Position.SUPPORT_WITH_CONDITIONS.name(),
					"Humanitarian exemption kept", "Agreed in COREPER", "REST", "desk-LT"));

		PositionRecorded recorded = events.last(PositionRecorded.class);
		assertThat(recorded.position()).isEqualTo(Position.SUPPORT_WITH_CONDITIONS);
		assertThat(recorded.conditions()).isEqualTo("Humanitarian exemption kept");
		assertThat(recorded.justification()).isEqualTo("Agreed in COREPER");
		assertThat(recorded.channel()).isEqualTo(SubmissionChannel.REST);
		assertThat(recorded.submittedBy()).isEqualTo("desk-LT");
		// The answer is kept once, in the position book; the door's variables are never
		// stored.
		assertThat(this.renewal.variable(RenewalProcess.Variables.positionOf(MemberState.LT, 1))).asString()
			.contains("\"channel\":\"REST\"", "\"submittedBy\":\"desk-LT\"", "Humanitarian exemption kept");
		Map<String, String> written = variableUpdates();
		written.keySet().removeAll(detailsBefore);
		assertThat(written.values()).as("variables the answer wrote")
			.contains(RenewalProcess.Variables.positionOf(MemberState.LT, 1))
			.noneMatch((name) -> name.startsWith("door")
					|| List.of(POSITION, CONDITIONS, JUSTIFICATION, CHANNEL, SUBMITTED_BY).contains(name));
	}

	@Test
	void refusesAnAuthenticatedCompletionThatNamesADoor() {
		startARound();
		Task task = this.renewal.deskTask(MemberState.LT);
		engine().getIdentityService().setAuthentication("desk-LT", List.of("desk-LT"));
		try {
			assertThatThrownBy(() -> engine().getTaskService()
				.complete(task.getId(),
						RenewalProcess.positionFromDoor(Position.OPPOSE.name(), null, null, "KAFKA", "desk-HU")))
				.hasRootCauseInstanceOf(RejectedTaskInput.class)
				.hasMessageContaining("Only renewal-service's REST and Kafka doors");
		}
		finally {
			engine().getIdentityService().clearAuthentication();
		}

		assertThat(events.published(PositionRecorded.class)).isEmpty();
		assertThat(this.renewal.deskTask(MemberState.LT).getId()).isEqualTo(task.getId());
	}

	@Test
	void takesNoStoredVariableForADoorsAnswer() {
		startARound();
		engine().getRuntimeService()
			.setVariable(this.renewal.instance().getId(), RenewalProcess.Variables.DOOR_POSITION,
					Position.OPPOSE.name());
		engine().getRuntimeService()
			.setVariable(this.renewal.instance().getId(), RenewalProcess.Variables.DOOR_CHANNEL, "KAFKA");

		completeAs("desk-LT", List.of("desk-LT"), MemberState.LT, Map.of(POSITION, Position.SUPPORT.name()));

		PositionRecorded recorded = events.last(PositionRecorded.class);
		assertThat(recorded.position()).isEqualTo(Position.SUPPORT);
		assertThat(recorded.channel()).isEqualTo(SubmissionChannel.TASKLIST);
	}

	@Test
	void refusesADoorsAnswerWithoutItsSubmitter() {
		startARound();
		Task task = this.renewal.deskTask(MemberState.LT);

		assertThatThrownBy(() -> engine().getTaskService()
			.complete(task.getId(),
					RenewalProcess.positionFromDoor(Position.SUPPORT.name(), null, null, "KAFKA", null)))
			.hasRootCauseInstanceOf(RejectedTaskInput.class)
			.hasMessageContaining("names the door and its submitter");
		assertThat(events.published(PositionRecorded.class)).isEmpty();
	}

	/** The deployment comes with each test: the renewal starts in it. */
	private void startARound() {
		this.renewal.start();
		this.renewal.reviewExtendingAsIs();
		events.clear();
	}

	private void completeAs(String user, List<String> groups, MemberState state, Map<String, Object> variables) {
		Task task = this.renewal.deskTask(state);
		engine().getIdentityService().setAuthentication(user, groups);
		try {
			engine().getTaskService().complete(task.getId(), variables);
		}
		finally {
			engine().getIdentityService().clearAuthentication();
		}
	}

	/** The history's variable updates so far: the name of each, by its id. */
	private static Map<String, String> variableUpdates() {
		return engine().getHistoryService()
			.createHistoricDetailQuery()
			.variableUpdates()
			.list()
			.stream()
			.collect(Collectors.toMap(HistoricDetail::getId,
					(detail) -> ((HistoricVariableUpdate) detail).getVariableName(), (a, b) -> a, HashMap::new));
	}

	private static ProcessEngine engine() {
		return extension.getProcessEngine();
	}

}
