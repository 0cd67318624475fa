package eu.sanctions.processes.renewal;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewInputTest {

	private static final Expiry EXPIRY = new Expiry(LocalDate.of(2027, 2, 28));

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@ParameterizedTest(name = "{0}, new expiry {1}, deadline {2}: {5}")
	@CsvSource(delimiter = ';', nullValues = "null",
			textBlock = """
					# recommendation; new expiry; deadline; amendments; justification; problem (null: accepted)
					EXTEND; 2028-02-28; 2027-02-14; null; null; null
					EXTEND_WITH_AMENDMENTS; 2028-02-28; 2027-02-14; REMOVE EU.4321.12 | Aliaksandr Zaitsau | deceased; null; null
					LET_LAPSE; null; null; null; The package is replaced; null
					null; 2028-02-28; 2027-02-14; null; null; The recommendation is required.
					EXTEND_LATER; 2028-02-28; 2027-02-14; null; null; The recommendation must be one of
					LET_LAPSE; 2028-02-28; 2027-02-14; null; '  '; A justification for letting the measures lapse is required.
					EXTEND; 2027-02-28; 2027-02-14; null; null; The new expiry (2027-02-28) must be after the current expiry (2027-02-28).
					EXTEND; 28/02/2028; 2027-02-14; null; null; The new expiry must be a date such as 2027-02-28
					EXTEND; null; 2027-02-14; null; null; The new expiry is required.
					EXTEND; 2028-02-28; 2026-12-01; null; null; The position deadline (2026-12-01) must be after today (2026-12-01).
					EXTEND; 2028-02-28; 2027-02-28; null; null; The position deadline (2027-02-28) must be before the expiry (2027-02-28).
					EXTEND; 2028-02-28; null; null; null; The position deadline is required.
					EXTEND_WITH_AMENDMENTS; 2028-02-28; 2027-02-14; null; null; Extending with amendments needs at least one amendment.
					EXTEND; 2028-02-28; 2027-02-14; REMOVE EU.4321.12 | Aliaksandr Zaitsau | deceased; null; Extending as is amends no listing
					EXTEND_WITH_AMENDMENTS; 2028-02-28; 2027-02-14; DELIST EU.4321.12 | X | deceased; null; must start with REMOVE or ADD.
					""")
	void checksTheRecommendationAndItsProposal(String recommendation, String newExpiry, String deadline,
			String amendments, String justification, String problem) {
		var problems = new ReviewInput(recommendation, newExpiry, deadline, amendments, justification).problems(EXPIRY,
				TODAY);

		if (problem == null) {
			assertThat(problems).isEmpty();
		}
		else {
			assertThat(problems).anyMatch((found) -> found.contains(problem));
		}
	}

}
