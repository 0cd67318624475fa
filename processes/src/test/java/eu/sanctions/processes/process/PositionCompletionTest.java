package eu.sanctions.processes.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
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
	void keepsTheDoorAndTheSubmitterThatRenewalServicesOwnDoorsName() {
		startARound();
		Task task = this.renewal.deskTask(MemberState.LT);
		Map<String, Object> variables = new HashMap<>(
				Map.of(POSITION, Position.ABSTAIN.name(), CHANNEL, "REST", SUBMITTED_BY, "desk-LT"));

		engine().getTaskService().complete(task.getId(), variables);

		PositionRecorded recorded = events.last(PositionRecorded.class);
		assertThat(recorded.channel()).isEqualTo(SubmissionChannel.REST);
		assertThat(recorded.submittedBy()).isEqualTo("desk-LT");
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

	private static ProcessEngine engine() {
		return extension.getProcessEngine();
	}

}
