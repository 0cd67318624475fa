package eu.sanctions.processes.renewal;

import java.time.LocalDate;
import java.util.List;

/**
 * The Council's adoption as staff record it: the act, the day the Council adopted it, and
 * when known the publication in the Official Journal and the entry into force.
 */
public record AdoptionInput(String actReference, String adoptionDate, String publicationDate,
		String entryIntoForceDate) {

	public List<String> problems(Expiry expiry, LocalDate today) {
		Problems problems = new Problems();
		check(problems, expiry, today);
		return problems.list();
	}

	void check(Problems problems, Expiry expiry, LocalDate today) {
		problems.required("The act reference", this.actReference);
		problems.maxLength("The act reference", this.actReference, 200);
		LocalDate adopted = problems.date("The adoption date", this.adoptionDate, true);
		LocalDate published = problems.date("The publication date", this.publicationDate, false);
		LocalDate inForce = problems.date("The entry into force", this.entryIntoForceDate, false);
		if (adopted == null) {
			return;
		}
		problems.check(!adopted.isAfter(today), "The adoption date (" + adopted + ") cannot be in the future.");
		problems.check(!adopted.isAfter(expiry.date()), "The adoption date (" + adopted + ") is after the expiry ("
				+ expiry + "): measures that lapsed cannot be extended.");
		problems.check(published == null || !published.isBefore(adopted),
				"The publication date (" + published + ") cannot be before the adoption (" + adopted + ").");
		problems.check(inForce == null || !inForce.isBefore(adopted),
				"The entry into force (" + inForce + ") cannot be before the adoption (" + adopted + ").");
	}

}
