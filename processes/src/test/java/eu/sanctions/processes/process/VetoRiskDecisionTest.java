package eu.sanctions.processes.process;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.sanctions.events.RiskLevel;
import eu.sanctions.events.SignalSeverity;
import eu.sanctions.processes.renewal.PositionBook;
import eu.sanctions.processes.renewal.Populations;
import eu.sanctions.processes.renewal.SignalPressure;
import eu.sanctions.processes.renewal.Unanimity;
import eu.sanctions.processes.renewal.VetoRisk;
import eu.sanctions.processes.renewal.VetoRiskInputs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code veto-risk.dmn} row by row, evaluated by the DMN engine alone. Each row names the
 * rule that must decide; after the table, every rule of the decision must have decided at
 * least once.
 */
class VetoRiskDecisionTest {

	private static final Set<String> rulesThatDecided = new TreeSet<>();

	private static DmnEngine dmn;

	private static DmnDecision decision;

	@BeforeAll
	static void parseDecision() throws Exception {
		DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
			.createDefaultDmnEngineConfiguration();
		configuration.customPostDecisionTableEvaluationListeners(java.util.List.of(new RuleRecorder()));
		dmn = configuration.buildEngine();
		try (InputStream model = VetoRiskDecisionTest.class.getClassLoader().getResourceAsStream(RenewalEngine.DMN)) {
			decision = dmn.parseDecision(VetoRiskDecision.KEY, model);
		}
	}

	@ParameterizedTest(
			name = "oppose {0}, abstentions block {1}, conditional {2}, silent {3}, closed {4}, signal {5} -> {6} ({7})")
	@CsvSource(textBlock = """
			# oppose, abstentions block, conditional, silent, closed, signal, level, rule
			1,  false, 0, 0,  true,  NONE,     BLOCKED, rule_opposition
			2,  true,  3, 20, false, CRITICAL, BLOCKED, rule_opposition
			0,  true,  0, 0,  true,  NONE,     BLOCKED, rule_blockingAbstentions
			0,  true,  2, 5,  false, HIGH,     BLOCKED, rule_blockingAbstentions
			0,  false, 1, 0,  true,  NONE,     HIGH,    rule_conditions
			0,  false, 1, 10, false, LOW,      HIGH,    rule_conditions
			0,  false, 0, 27, false, CRITICAL, HIGH,    rule_criticalSignal
			0,  false, 0, 0,  false, CRITICAL, HIGH,    rule_criticalSignal
			0,  false, 0, 3,  false, HIGH,     HIGH,    rule_silenceUnderPressure
			0,  false, 0, 3,  true,  NONE,     MEDIUM,  rule_noResponse
			0,  false, 0, 3,  true,  CRITICAL, MEDIUM,  rule_noResponse
			0,  false, 0, 0,  true,  CRITICAL, MEDIUM,  rule_pressure
			0,  false, 0, 0,  false, HIGH,     MEDIUM,  rule_pressure
			0,  false, 0, 0,  true,  HIGH,     MEDIUM,  rule_pressure
			0,  false, 0, 27, false, NONE,     LOW,     rule_silence
			0,  false, 0, 1,  false, MEDIUM,   LOW,     rule_silence
			0,  false, 0, 0,  true,  MEDIUM,   LOW,     rule_minorPressure
			0,  false, 0, 0,  false, LOW,      LOW,     rule_minorPressure
			0,  false, 0, 0,  true,  NONE,     NONE,    rule_unanimity
			0,  false, 0, 0,  false, NONE,     NONE,    rule_unanimity
			""")
	void decidesTheLevelByTheFirstRuleThatMatches(int oppose, boolean abstentionsBlock, int conditional, int silent,
			boolean closed, String signal, String level, String rule) {
		SignalSeverity severity = "NONE".equals(signal) ? null : SignalSeverity.valueOf(signal);
		Map<String, Object> variables = new HashMap<>(VetoRiskDecision
			.variables(new VetoRiskInputs(oppose, abstentionsBlock, conditional, silent, closed, severity)));
		RuleRecorder.matched = null;

		DmnDecisionResultEntries result = dmn.evaluateDecision(decision, variables).getSingleResult();

		assertThat((String) result.getEntry(VetoRiskDecision.LEVEL)).isEqualTo(level);
		assertThat(RuleRecorder.matched).isEqualTo(rule);
		String reason = result.getEntry(VetoRiskDecision.REASON);
		assertThat(reason)
			.isEqualTo(rule.substring("rule_".length()).replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase());
		assertThat(VetoRisk
			.explain(RiskLevel.valueOf(level), reason, PositionBook.empty(),
					new Unanimity(Populations.eurostat2025()).on(PositionBook.empty().standingPositions()),
					SignalPressure.NONE)
			.reasons()).as("Java explains the rule %s", reason).isNotEmpty();
	}

	@AfterAll
	static void everyRuleDecidedAtLeastOnce() {
		Set<String> rules = new TreeSet<>();
		((DmnDecisionTableImpl) decision.getDecisionLogic()).getRules().forEach((rule) -> rules.add(rule.getId()));
		assertThat(rulesThatDecided).isEqualTo(rules);
	}

	/** Notes which rule decided each evaluation: under FIRST, the first that matched. */
	static final class RuleRecorder implements DmnDecisionTableEvaluationListener {

		static String matched;

		@Override
		public void notify(DmnDecisionTableEvaluationEvent evaluation) {
			matched = evaluation.getMatchingRules().isEmpty() ? null : evaluation.getMatchingRules().get(0).getId();
			if (matched != null) {
				rulesThatDecided.add(matched);
			}
		}

	}

}
