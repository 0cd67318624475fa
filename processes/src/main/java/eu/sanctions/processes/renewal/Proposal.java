package eu.sanctions.processes.renewal;

import java.time.LocalDate;
import java.util.List;

import eu.sanctions.events.ListingAmendment;

/** The checks a proposal passes, at review and again after each negotiation. */
final class Proposal {

	private Proposal() {
	}

	static void check(Problems problems, Expiry expiry, LocalDate today, String proposedNewExpiry,
			String positionDeadline) {
		LocalDate newExpiry = problems.date("The new expiry", proposedNewExpiry, true);
		if (newExpiry != null) {
			problems.check(newExpiry.isAfter(expiry.date()),
					"The new expiry (" + newExpiry + ") must be after the current expiry (" + expiry + ").");
			problems.check(newExpiry.isAfter(today), "The new expiry (" + newExpiry + ") must be after today.");
		}
		deadline(problems, expiry, today, positionDeadline);
	}

	static void deadline(Problems problems, Expiry expiry, LocalDate today, String positionDeadline) {
		LocalDate deadline = problems.date("The position deadline", positionDeadline, true);
		if (deadline != null) {
			problems.check(deadline.isAfter(today),
					"The position deadline (" + deadline + ") must be after today (" + today + ").");
			problems.check(deadline.isBefore(expiry.date()),
					"The position deadline (" + deadline + ") must be before the expiry (" + expiry + ").");
		}
	}

	static List<ListingAmendment> amendments(Problems problems, String amendments) {
		ListingAmendments.Parsed parsed = ListingAmendments.parse(amendments);
		parsed.problems().forEach(problems::add);
		return parsed.amendments();
	}

}
