package eu.sanctions.processes.process;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The veto-risk decision gets its inputs for one evaluation only: it decides on them, its
 * history keeps them, and neither the runtime nor the history tables hold them as
 * variables. On the hot path of every position, six variable rows and their history would
 * otherwise be written each time.
 */
@Deployment(resources = { RenewalEngine.BPMN, RenewalEngine.DMN })
class VetoRiskInputsTest {

	@RegisterExtension
	static ProcessEngineExtension extension = ProcessEngineExtension.builder()
		.useProcessEngine(RenewalEngine.plain(new RecordingRenewalEvents()).buildProcessEngine())
		.build();

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void decidesOnInputsThatAreNeverStoredAsVariables() {
		ProcessEngine engine = extension.getProcessEngine();
		RenewalDriver renewal = new RenewalDriver(engine);
		renewal.start();
		renewal.reviewExtendingAsIs();
		renewal.answer(MemberState.HU, Position.OPPOSE);

		List<String> inputs = List.of(VetoRiskDecision.OPPOSE_COUNT, VetoRiskDecision.CONSTRUCTIVE_ABSTENTIONS_BLOCK,
				VetoRiskDecision.CONDITIONAL_COUNT, VetoRiskDecision.SILENT_COUNT, VetoRiskDecision.ROUND_CLOSED,
				VetoRiskDecision.STRONGEST_SIGNAL);
		for (String input : inputs) {
			assertThat(engine.getRuntimeService().createVariableInstanceQuery().variableName(input).count())
				.as("runtime variable %s", input)
				.isZero();
			assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName(input).count())
				.as("historic variable %s", input)
				.isZero();
		}

		// The engine's clock stands still in these tests: every evaluation has the same
		// time, so the one after the position is found by what it decided.
		List<HistoricDecisionInstance> evaluations = engine.getHistoryService()
			.createHistoricDecisionInstanceQuery()
			.decisionDefinitionKey(VetoRiskDecision.KEY)
			.includeInputs()
			.includeOutputs()
			.list();
		assertThat(evaluations).anySatisfy((evaluation) -> {
			assertThat(evaluation.getInputs()).extracting(HistoricDecisionInputInstance::getValue).contains(1, 26);
			assertThat(evaluation.getOutputs()).extracting(HistoricDecisionOutputInstance::getValue)
				.contains("BLOCKED");
		});
	}

}
