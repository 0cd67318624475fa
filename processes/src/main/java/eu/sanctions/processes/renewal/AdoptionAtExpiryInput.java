package eu.sanctions.processes.renewal;

import java.time.LocalDate;
import java.util.List;

/**
 * What staff answer when the expiry passed while the Council's adoption was awaiting its
 * recording: whether the Council adopted the extension by the expiry, and if it did, the
 * adoption (its date no later than the expiry).
 */
public record AdoptionAtExpiryInput(String decision, AdoptionInput adoption) {

	/** The two answers. */
	public enum Decision {

		/** The Council adopted the extension by the expiry: it is recorded now. */
		ADOPTED,

		/** It did not: the measures lapsed at the expiry. */
		NOT_ADOPTED

	}

	public List<String> problems(Expiry expiry, LocalDate today) {
		Problems problems = new Problems();
		Decision chosen = problems.oneOf("The answer", this.decision, Decision.class, true);
		if (chosen == Decision.ADOPTED) {
			this.adoption.check(problems, expiry, today);
		}
		return problems.list();
	}

}
