package eu.sanctions.processes.renewal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PositionInputTest {

	@ParameterizedTest(name = "{0} ({1} / {2}) through {3}: {4}")
	@CsvSource(delimiter = ';', nullValues = "null", textBlock = """
			# position; conditions; justification; channel; problem (null: accepted)
			SUPPORT; null; null; null; null
			SUPPORT; null; null; KAFKA; null
			SUPPORT_WITH_CONDITIONS; A statement on energy security; null; REST; null
			ABSTAIN; null; null; TASKLIST; null
			CONSTRUCTIVE_ABSTENTION; null; Declaration under Art. 31(1) TEU; null; null
			OPPOSE; null; Unless EU.4321.12 is delisted; null; null
			null; null; null; null; The position is required.
			support; null; null; null; The position must be one of
			NO_RESPONSE; null; null; null; No response is what silence counts as
			SUPPORT_WITH_CONDITIONS; ' '; null; null; The conditions of a support with conditions is required.
			CONSTRUCTIVE_ABSTENTION; null; null; null; The declaration of a constructive abstention is required.
			SUPPORT; null; null; EMAIL; The channel must be one of
			""")
	void checksAPositionWhicheverDoorItCameThrough(String position, String conditions, String justification,
			String channel, String problem) {
		var problems = new PositionInput(position, conditions, justification, channel, null).problems();

		if (problem == null) {
			assertThat(problems).isEmpty();
		}
		else {
			assertThat(problems).anyMatch((found) -> found.contains(problem));
		}
	}

	@Test
	void refusesTextsTooLongForOneVariable() {
		String long1001 = "x".repeat(PositionInput.MAX_TEXT + 1);

		assertThat(new PositionInput("SUPPORT_WITH_CONDITIONS", long1001, long1001, null, null).problems())
			.containsExactly("The conditions is longer than 1000 characters.",
					"The justification is longer than 1000 characters.");
	}

	@Test
	void dropsConditionsLeftOverFromAnotherPosition() {
		assertThat(new PositionInput("SUPPORT", "delist EU.1.2", " ", null, null).effectiveConditions()).isNull();
		assertThat(new PositionInput("SUPPORT", "delist EU.1.2", " ", null, null).effectiveJustification()).isNull();
		assertThat(
				new PositionInput("SUPPORT_WITH_CONDITIONS", " delist EU.1.2 ", null, null, null).effectiveConditions())
			.isEqualTo("delist EU.1.2");
	}

}
