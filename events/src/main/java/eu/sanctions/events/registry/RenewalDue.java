package eu.sanctions.events.registry;

import java.time.LocalDate;
import java.util.List;

import eu.sanctions.events.LegalAct;
import eu.sanctions.events.Lists;
import eu.sanctions.events.SanctionsEvent;

/**
 * A package's expiry is within its review window: its renewal should start. Published
 * once per (package, expiry).
 *
 * @param packageKey e.g. {@code EU-BLR}
 * @param title the regime's title
 * @param sanctionsMapId the regime's id on the EU Sanctions Map, if it has one
 * @param programmes the consolidated-list programme codes
 * @param expiry the expiry that the renewal must extend
 * @param renewalCycleMonths the usual length of an extension
 * @param proposedNewExpiry the expiry plus the cycle: the default proposal at review
 * @param reviewWindowDays the window that made the package due
 * @param listingCount how many persons and entities are listed
 * @param legalActs the framework acts
 */
public record RenewalDue(String packageKey, String title, Integer sanctionsMapId, List<String> programmes,
		LocalDate expiry, int renewalCycleMonths, LocalDate proposedNewExpiry, int reviewWindowDays, int listingCount,
		List<LegalAct> legalActs) implements SanctionsEvent {

	public RenewalDue {
		programmes = Lists.copyOf(programmes);
		legalActs = Lists.copyOf(legalActs);
	}

}
