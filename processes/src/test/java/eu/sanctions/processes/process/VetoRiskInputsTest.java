package eu.sanctions.processes.process;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
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

		HistoricDecisionInstance latest = engine.getHistoryService()
			.createHistoricDecisionInstanceQuery()
			.decisionDefinitionKey(VetoRiskDecision.KEY)
			.includeInputs()
			.includeOutputs()
			.orderByEvaluationTime()
			.desc()
			.list()
			.get(0);
		assertThat(latest.getInputs()).extracting(HistoricDecisionInputInstance::getValue).contains(1, 26);
		assertThat(latest.getOutputs()).anySatisfy((output) -> assertThat(output.getValue()).isEqualTo("BLOCKED"));
	}

}
