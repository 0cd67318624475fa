package eu.sanctions.registry.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import eu.sanctions.events.LegalAct;
import eu.sanctions.events.LegalActKind;
import eu.sanctions.events.Listing;
import eu.sanctions.events.ListingAction;
import eu.sanctions.events.ListingAmendment;
import eu.sanctions.events.Measure;
import eu.sanctions.events.MeasureCategory;
import eu.sanctions.events.PackageStatus;
import eu.sanctions.events.RenewalOutcome;
import eu.sanctions.events.SubjectType;
import eu.sanctions.events.renewal.ExtensionAdopted;

/** Test fixtures: packages, listings and extensions, made to order. */
public final class PackageFixtures {

	public static final Instant RECORDED = Instant.parse("2026-11-22T08:00:00Z");

	private PackageFixtures() {
	}

	/** An active package expiring on that date, with that many persons listed. */
	public static PackageState activePackage(String key, LocalDate expiry, int listings) {
		List<Listing> listed = new ArrayList<>();
		for (int number = 1; number <= listings; number++) {
			listed.add(listing(key.replace("-", ".") + "." + number));
		}
		return new PackageState(key, "Restrictive measures for " + key, "EU", null, List.of(), PackageStatus.ACTIVE,
				LocalDate.of(2010, 1, 1), expiry, 12, 120, null,
				List.of(new LegalAct(LegalActKind.DECISION, "Council Decision 2010/1/CFSP", "32010D0001",
						"https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A32010D0001")),
				List.of(new Measure(MeasureCategory.ASSET_FREEZE, "Assets are frozen.", "Decision 2010/1/CFSP")),
				listed);
	}

	public static Listing listing(String reference) {
		return new Listing(reference, SubjectType.PERSON, List.of("Person " + reference), LocalDate.of(2020, 1, 1),
				"Reasons", "Annex I");
	}

	/** The package as its first revision, effective on that day. */
	public static SanctionsPackage recorded(PackageState state, LocalDate effective) {
		return new SanctionsPackage(SanctionsPackage.create(state, Cause.of("test"), effective, RECORDED, "created"));
	}

	public static ExtensionAdopted extension(String key, LocalDate previous, LocalDate next,
			ListingAmendment... amendments) {
		return new ExtensionAdopted(key + ":" + previous, key,
				(amendments.length == 0) ? RenewalOutcome.EXTENDED : RenewalOutcome.EXTENDED_WITH_AMENDMENTS, previous,
				next, "Council Decision (CFSP) 2027/1", previous.minusDays(6), previous.minusDays(5),
				previous.minusDays(5), List.of(amendments), "a.staff");
	}

	public static ListingAmendment removal(String reference) {
		return new ListingAmendment(ListingAction.REMOVE, reference, "Person " + reference, "Delisted by the Council");
	}

	public static ListingAmendment addition(String reference) {
		return new ListingAmendment(ListingAction.ADD, reference, "Person " + reference, "Listed by the Council");
	}

}
