package eu.sanctions.events.renewal;

import java.time.LocalDate;
import java.util.List;

import eu.sanctions.events.ListingAmendment;
import eu.sanctions.events.Lists;
import eu.sanctions.events.Recommendation;
import eu.sanctions.events.RenewalScoped;

/**
 * Policy staff reviewed the package and made their recommendation.
 *
 * @param renewalId the renewal
 * @param packageKey the package
 * @param recommendation extend as is, extend with amendments, or let lapse
 * @param proposedNewExpiry the proposed new expiry; absent when recommending to let lapse
 * @param positionDeadline the day by which member states must answer; absent when
 * recommending to let lapse
 * @param amendments listings to remove or add, each with its reason
 * @param justification why (required to let lapse)
 * @param reviewedBy the staff user
 */
public record ReviewCompleted(String renewalId, String packageKey, Recommendation recommendation,
		LocalDate proposedNewExpiry, LocalDate positionDeadline, List<ListingAmendment> amendments,
		String justification, String reviewedBy) implements RenewalScoped {

	public ReviewCompleted {
		amendments = Lists.copyOf(amendments);
	}

}
