package eu.sanctions.registry.sanctionsmap;

import java.time.LocalDate;
import java.util.List;

import eu.sanctions.events.LegalAct;
import eu.sanctions.events.Measure;

/**
 * One regime of a Sanctions Map snapshot, read and checked.
 *
 * @param id its Sanctions Map id (Belarus is 2)
 * @param title its {@code specification}
 * @param issuer {@code EU}, {@code UN} or {@code UN and EU}
 * @param programmes its consolidated-list programme codes
 * @param expiry its {@code expiration} as a Brussels date, if it has one
 * @param amendedOn its {@code amendment}: when it was last amended, if known
 * @param legalActs its legal acts, framework acts first
 * @param measures its measures, categorised
 */
record Regime(int id, String title, String issuer, List<String> programmes, LocalDate expiry, LocalDate amendedOn,
		List<LegalAct> legalActs, List<Measure> measures) {

	Regime {
		programmes = List.copyOf(programmes);
		legalActs = List.copyOf(legalActs);
		measures = List.copyOf(measures);
	}

}
