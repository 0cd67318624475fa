package eu.sanctions.processes.renewal;

import java.time.LocalDate;
import java.util.List;

/**
 * What staff decide when the registry refused the adoption: send it again, corrected, or
 * end the renewal (published as a withdrawal, since the registry was not changed).
 */
public record RegistryRefusalInput(String decision, AdoptionInput correction, String withdrawalReason) {

	/** The two ways out of a refusal. */
	public enum Decision {

		RESEND, END

	}

	public List<String> problems(Expiry expiry, LocalDate today) {
		Problems problems = new Problems();
		Decision chosen = problems.oneOf("The decision", this.decision, Decision.class, true);
		if (chosen == Decision.RESEND) {
			this.correction.check(problems, expiry, today);
		}
		else if (chosen == Decision.END) {
			problems.required("The reason for ending the renewal", this.withdrawalReason);
			problems.maxLength("The reason", this.withdrawalReason, 4000);
		}
		return problems.list();
	}

}
