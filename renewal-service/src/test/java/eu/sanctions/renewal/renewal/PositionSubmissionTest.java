package eu.sanctions.renewal.renewal;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What a submitted position must hold, field by field. */
class PositionSubmissionTest {

	static Stream<Arguments> submissions() {
		String tooLong = "x".repeat(1001);
		return Stream.of(Arguments.of(new PositionSubmission("LT", "SUPPORT", null, null), ""),
				Arguments.of(new PositionSubmission("GR", "ABSTAIN", null, null), ""),
				Arguments.of(new PositionSubmission("XX", "SUPPORT", null, null), "state"),
				Arguments.of(new PositionSubmission(null, "SUPPORT", null, null), "state"),
				Arguments.of(new PositionSubmission("LT", "NO_RESPONSE", null, null), "position"),
				Arguments.of(new PositionSubmission("LT", "maybe", null, null), "position"),
				Arguments.of(new PositionSubmission("LT", "SUPPORT_WITH_CONDITIONS", " ", null), "conditions"),
				Arguments.of(new PositionSubmission("LT", "SUPPORT_WITH_CONDITIONS", "Delist EU.1.1", null), ""),
				Arguments.of(new PositionSubmission("LT", "CONSTRUCTIVE_ABSTENTION", null, null), "justification"),
				Arguments.of(new PositionSubmission("LT", "OPPOSE", tooLong, tooLong), "conditions,justification"),
				Arguments.of(new PositionSubmission("", "", null, null), "state,position"));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("submissions")
	void namesTheFieldsThatAreWrong(PositionSubmission submission, String fields) {
		assertThat(String.join(",", submission.problems().stream().map(FieldProblem::field).toList()))
			.isEqualTo(fields);
	}

}
