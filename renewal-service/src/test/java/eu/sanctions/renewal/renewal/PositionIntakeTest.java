package eu.sanctions.renewal.renewal;

import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import eu.sanctions.events.MemberState;
import eu.sanctions.renewal.renewal.RenewalSituation.Stage;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a position goes, situation by situation. */
class PositionIntakeTest {

	static final Instant NOW = Instant.parse("2027-02-01T10:00:00Z");

	static final Instant LATER = NOW.plusSeconds(3600);

	static final Instant EARLIER = NOW.minusSeconds(3600);

	static Stream<Arguments> situations() {
		return Stream.of(
				Arguments.of("unknown renewal", RenewalSituation.unknown("EU-BLR:2027-02-28", MemberState.LT),
						"REFUSE UNKNOWN_RENEWAL"),
				Arguments.of("ended renewal", RenewalSituation.ended("EU-BLR:2027-02-28", MemberState.LT),
						"REFUSE RENEWAL_CLOSED"),
				Arguments.of("in review", running(Stage.REVIEW, 0, false, null, null), "KEEP"),
				Arguments.of("its task open", running(Stage.COLLECTING, 1, true, "task-1", LATER), "APPLY task-1"),
				Arguments.of("its task open, deadline passed", running(Stage.COLLECTING, 1, true, "task-1", EARLIER),
						"REFUSE AFTER_DEADLINE"),
				Arguments.of("not asked in this round", running(Stage.COLLECTING, 2, false, null, LATER),
						"REFUSE RENEWAL_CLOSED"),
				Arguments.of("not asked, deadline passed", running(Stage.COLLECTING, 2, false, null, EARLIER),
						"REFUSE AFTER_DEADLINE"),
				Arguments.of("negotiating after a round answered early",
						running(Stage.NEGOTIATION, 1, true, null, LATER), "KEEP"),
				Arguments.of("negotiating after the deadline", running(Stage.NEGOTIATION, 1, true, null, EARLIER),
						"REFUSE AFTER_DEADLINE"),
				Arguments.of("adoption recorded before the deadline", running(Stage.CLOSED, 1, true, null, LATER),
						"REFUSE RENEWAL_CLOSED"),
				Arguments.of("deadline passed, adoption awaited", running(Stage.CLOSED, 1, true, null, EARLIER),
						"REFUSE AFTER_DEADLINE"),
				Arguments.of("deadline exactly now", running(Stage.COLLECTING, 1, true, "task-1", NOW),
						"REFUSE AFTER_DEADLINE"));
	}

	@ParameterizedTest(name = "{0}: {2}")
	@MethodSource("situations")
	void sendsAPositionWhereItsRenewalCanTakeIt(String name, RenewalSituation situation, String expected) {
		IntakeDecision decision = PositionIntake.decide(situation, NOW);

		assertThat(describe(decision)).isEqualTo(expected);
	}

	private static RenewalSituation running(Stage stage, int round, boolean asked, String task, Instant closesAt) {
		return new RenewalSituation("EU-BLR:2027-02-28", MemberState.LT, true, true, stage, round, asked, task,
				closesAt);
	}

	private static String describe(IntakeDecision decision) {
		if (decision instanceof IntakeDecision.Apply apply) {
			return "APPLY " + apply.taskId();
		}
		if (decision instanceof IntakeDecision.Keep keep) {
			assertThat(keep.why()).contains("LT");
			return "KEEP";
		}
		IntakeDecision.Refuse refuse = (IntakeDecision.Refuse) decision;
		assertThat(refuse.detail()).isNotBlank();
		return "REFUSE " + refuse.reason();
	}

}
