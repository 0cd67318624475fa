package eu.sanctions.processes.renewal;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks on what staff enter after the review: negotiation, adoption, registry. */
class StaffInputTest {

	private static final Expiry EXPIRY = new Expiry(LocalDate.of(2027, 2, 28));

	private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);

	@ParameterizedTest(name = "{0}, ask {3} by {2}: {5}")
	@CsvSource(delimiter = ';', nullValues = "null", textBlock = """
			# decision; amendments; deadline; states to ask; justification; problem (null: accepted)
			ASK_AGAIN; REMOVE EU.4321.12 | Aliaksandr Zaitsau | requested by HU; 2027-02-20; HU; null; null
			ASK_AGAIN; null; 2027-02-20; ' HU , lt,EL '; null; null
			ACCEPT_LAPSE; null; null; null; The veto will not be lifted; null
			null; null; 2027-02-20; HU; null; The decision is required.
			ACCEPT_LAPSE; null; null; null; null; A justification for accepting the lapse is required.
			ASK_AGAIN; null; 2027-02-01; HU; null; The position deadline (2027-02-01) must be after today (2027-02-01).
			ASK_AGAIN; null; 2027-03-01; HU; null; The position deadline (2027-03-01) must be before the expiry
			ASK_AGAIN; null; 2027-02-20; null; null; The states to ask again is required.
			ASK_AGAIN; null; 2027-02-20; HU,UK; null; "UK" is not the EU code of a member state.
			ASK_AGAIN; REMOVE EU.4321.12 | no reason; 2027-02-20; HU; null; Amendment line 1
			""")
	void checksTheOutcomeOfANegotiation(String decision, String amendments, String deadline, String states,
			String justification, String problem) {
		assertProblem(
				new NegotiationInput(decision, amendments, deadline, states, justification).problems(EXPIRY, TODAY),
				problem);
	}

	@ParameterizedTest(name = "{0} adopted {1}, published {2}, in force {3}: {4}")
	@CsvSource(delimiter = ';', nullValues = "null",
			textBlock = """
					# act; adopted; published; in force; problem (null: accepted)
					Council Decision (CFSP) 2027/412; 2027-02-01; 2027-02-02; 2027-02-02; null
					Council Decision (CFSP) 2027/412; 2027-01-25; null; null; null
					null; 2027-02-01; null; null; The act reference is required.
					Council Decision (CFSP) 2027/412; null; null; null; The adoption date is required.
					Council Decision (CFSP) 2027/412; 2027-02-02; null; null; The adoption date (2027-02-02) cannot be in the future.
					Council Decision (CFSP) 2027/412; 2027-02-01; 2027-01-31; null; The publication date (2027-01-31) cannot be before the adoption
					Council Decision (CFSP) 2027/412; 2027-02-01; null; 2027-01-31; The entry into force (2027-01-31) cannot be before the adoption
					""")
	void checksTheRecordOfAnAdoption(String act, String adopted, String published, String inForce, String problem) {
		assertProblem(new AdoptionInput(act, adopted, published, inForce).problems(EXPIRY, TODAY), problem);
	}

	@ParameterizedTest(name = "adopted {0} with today {1}: {2}")
	@CsvSource(delimiter = ';', nullValues = "null", textBlock = """
			2027-02-28; 2027-03-02; null
			2027-03-01; 2027-03-02; The adoption date (2027-03-01) is after the expiry (2027-02-28)
			""")
	void refusesAnAdoptionAfterTheExpiry(String adopted, LocalDate today, String problem) {
		assertProblem(
				new AdoptionInput("Council Decision (CFSP) 2027/412", adopted, null, null).problems(EXPIRY, today),
				problem);
	}

	@ParameterizedTest(name = "{0}, adopted {1}: {2}")
	@CsvSource(delimiter = ';', nullValues = "null", textBlock = """
			# answer; adopted; problem (null: accepted)
			ADOPTED; 2027-02-27; null
			ADOPTED; 2027-02-28; null
			NOT_ADOPTED; null; null
			ADOPTED; 2027-03-01; The adoption date (2027-03-01) is after the expiry (2027-02-28)
			ADOPTED; null; The adoption date is required.
			null; 2027-02-27; The answer is required.
			MAYBE; 2027-02-27; The answer must be one of
			""")
	void checksWhetherTheCouncilAdoptedByTheExpiry(String answer, String adopted, String problem) {
		AdoptionInput adoption = new AdoptionInput("Council Decision (CFSP) 2027/412", adopted, null, null);
		assertProblem(new AdoptionAtExpiryInput(answer, adoption).problems(EXPIRY, LocalDate.of(2027, 3, 1)), problem);
	}

	@ParameterizedTest(name = "{0}: {3}")
	@CsvSource(delimiter = ';', nullValues = "null", textBlock = """
			# decision; act; reason for ending; problem (null: accepted)
			RESEND; Council Decision (CFSP) 2027/412; null; null
			END; null; The package was repealed; null
			RESEND; null; null; The act reference is required.
			END; null; null; The reason for ending the renewal is required.
			RETRY; null; null; The decision must be one of
			""")
	void checksTheResolutionOfARegistryRefusal(String decision, String act, String reason, String problem) {
		AdoptionInput correction = new AdoptionInput(act, "2027-02-01", null, null);
		assertProblem(new RegistryRefusalInput(decision, correction, reason).problems(EXPIRY, TODAY), problem);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = ';', nullValues = "null", textBlock = """
			RESEND; null
			WAIT; null
			null; The decision is required.
			LATER; The decision must be one of
			""")
	void checksTheDecisionOnAnOverdueConfirmation(String decision, String problem) {
		assertProblem(new RegistryOverdueInput(decision).problems(), problem);
	}

	private static void assertProblem(java.util.List<String> problems, String problem) {
		if (problem == null) {
			assertThat(problems).isEmpty();
		}
		else {
			assertThat(problems).anyMatch((found) -> found.contains(problem));
		}
	}

}
