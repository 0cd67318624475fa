package eu.sanctions.processes.renewal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;
import eu.sanctions.events.RiskLevel;
import eu.sanctions.events.SignalSeverity;
import eu.sanctions.events.SubmissionChannel;

import static eu.sanctions.events.MemberState.HU;
import static eu.sanctions.events.MemberState.LT;
import static eu.sanctions.events.MemberState.PL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VetoRiskTest {

	private final Unanimity unanimity = new Unanimity(Populations.eurostat2025());

	@Test
	void explainsWhoBlocksWhoWaversAndWhy() {
		PositionBook book = PositionBook.empty().openRound(EnumSet.allOf(MemberState.class));
		book = record(book, HU, Position.OPPOSE, null);
		book = record(book, LT, Position.SUPPORT_WITH_CONDITIONS, "delist EU.4321.12");
		SignalPressure pressure = SignalPressure.NONE.with(SignalSeverity.HIGH, Set.of(PL, HU));
		Unanimity.Verdict verdict = this.unanimity.on(book.standingPositions());

		VetoRisk risk = VetoRisk.explain(RiskLevel.BLOCKED, "OPPOSITION", book, verdict, pressure);

		assertThat(risk.blockingStates()).containsExactly(HU);
		assertThat(risk.wavering()).contains(LT, PL).doesNotContain(HU).hasSize(26);
		assertThat(risk.reasons()).containsSubsequence(
				"A state opposes: the renewal cannot be adopted unless it withdraws its veto.",
				"HU opposes the renewal.", "LT supports with conditions: delist EU.4321.12",
				"The strongest pressure signal is HIGH, bearing on HU, PL.");
		assertThat(risk.reasons()).anyMatch((reason) -> reason.startsWith("25 states have not answered yet: "));
	}

	@Test
	void keepsTheStrongestSignalAndEveryStateNamed() {
		SignalPressure pressure = SignalPressure.NONE.with(SignalSeverity.HIGH, Set.of(LT))
			.with(SignalSeverity.LOW, Set.of(PL));

		assertThat(pressure.strongest()).isEqualTo(SignalSeverity.HIGH);
		assertThat(pressure.statesConcerned()).containsExactly(LT, PL);
		assertThat(pressure.with(SignalSeverity.CRITICAL, Set.of()).strongest()).isEqualTo(SignalSeverity.CRITICAL);
	}

	@Test
	void refusesARuleTheDecisionDoesNotHave() {
		assertThatThrownBy(() -> VetoRisk.explain(RiskLevel.LOW, "GUESS", PositionBook.empty(),
				this.unanimity.on(PositionBook.empty().standingPositions()), SignalPressure.NONE))
			.hasMessageContaining("GUESS");
	}

	private static PositionBook record(PositionBook book, MemberState state, Position position, String conditions) {
		return book
			.record(new StatePosition(state, book.round(), position, conditions, null, SubmissionChannel.TASKLIST,
					"desk-" + state, Instant.parse("2027-02-01T10:00:00Z")))
			.book();
	}

}
