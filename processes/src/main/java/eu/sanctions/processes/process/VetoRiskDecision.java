package eu.sanctions.processes.process;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import eu.sanctions.events.RiskLevel;
import eu.sanctions.processes.renewal.VetoRiskInputs;

/** The names {@code veto-risk.dmn} shares with Java: its inputs and outputs. */
public final class VetoRiskDecision {

	/** The decision's key. */
	public static final String KEY = "veto-risk";

	public static final String OPPOSE_COUNT = "opposeCount";

	public static final String CONSTRUCTIVE_ABSTENTIONS_BLOCK = "constructiveAbstentionsBlock";

	public static final String CONDITIONAL_COUNT = "conditionalCount";

	public static final String SILENT_COUNT = "silentCount";

	public static final String ROUND_CLOSED = "roundClosed";

	/** NONE when no signal was recorded, else a SignalSeverity. */
	public static final String STRONGEST_SIGNAL = "strongestSignal";

	public static final String LEVEL = "level";

	/** The rule that decided, e.g. OPPOSITION. */
	public static final String REASON = "reason";

	/** Where a business rule task leaves the decision's result, for its end listener. */
	static final String RESULT = "decisionResult";

	private VetoRiskDecision() {
	}

	public static Map<String, Object> variables(VetoRiskInputs inputs) {
		return Map.of(OPPOSE_COUNT, inputs.opposeCount(), CONSTRUCTIVE_ABSTENTIONS_BLOCK,
				inputs.constructiveAbstentionsBlock(), CONDITIONAL_COUNT, inputs.conditionalCount(), SILENT_COUNT,
				inputs.silentCount(), ROUND_CLOSED, inputs.positionsClosed(), STRONGEST_SIGNAL,
				(inputs.strongestSignal() != null) ? inputs.strongestSignal().name() : "NONE");
	}

	/**
	 * The decision's result, as a business rule task leaves it.
	 *
	 * @param level the level
	 * @param rule the rule that decided
	 */
	record Outcome(RiskLevel level, String rule) {

		static Outcome of(DelegateExecution execution) {
			DmnDecisionResult result = (DmnDecisionResult) execution.getVariableLocal(RESULT);
			DmnDecisionResultEntries entries = result.getSingleResult();
			return new Outcome(RiskLevel.valueOf(entries.getEntry(LEVEL)), entries.getEntry(REASON));
		}

	}

}
