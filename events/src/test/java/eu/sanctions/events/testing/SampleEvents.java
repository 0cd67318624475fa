package eu.sanctions.events.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import eu.sanctions.events.LegalAct;
import eu.sanctions.events.LegalActKind;
import eu.sanctions.events.Listing;
import eu.sanctions.events.ListingAction;
import eu.sanctions.events.ListingAmendment;
import eu.sanctions.events.Measure;
import eu.sanctions.events.MeasureCategory;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.PackageStatus;
import eu.sanctions.events.Position;
import eu.sanctions.events.Recommendation;
import eu.sanctions.events.RenewalOutcome;
import eu.sanctions.events.RiskLevel;
import eu.sanctions.events.SanctionsEvent;
import eu.sanctions.events.SignalSeverity;
import eu.sanctions.events.SubjectType;
import eu.sanctions.events.SubmissionChannel;
import eu.sanctions.events.inbound.PositionSubmitted;
import eu.sanctions.events.inbound.PressureSignalReported;
import eu.sanctions.events.registry.MeasuresAmended;
import eu.sanctions.events.registry.MeasuresExtended;
import eu.sanctions.events.registry.MeasuresLapsed;
import eu.sanctions.events.registry.PackageRevised;
import eu.sanctions.events.registry.RegistryUpdateRejected;
import eu.sanctions.events.registry.RenewalDue;
import eu.sanctions.events.renewal.ExtensionAdopted;
import eu.sanctions.events.renewal.NegotiationOpened;
import eu.sanctions.events.renewal.PositionCounts;
import eu.sanctions.events.renewal.PositionRecorded;
import eu.sanctions.events.renewal.PositionRejected;
import eu.sanctions.events.renewal.PositionsRequested;
import eu.sanctions.events.renewal.ReminderDue;
import eu.sanctions.events.renewal.RenewalCompleted;
import eu.sanctions.events.renewal.RenewalLapsed;
import eu.sanctions.events.renewal.RenewalStarted;
import eu.sanctions.events.renewal.RenewalWithdrawn;
import eu.sanctions.events.renewal.ReviewCompleted;
import eu.sanctions.events.renewal.SignalRecorded;
import eu.sanctions.events.renewal.VetoRiskAssessed;

/**
 * One realistic event of each type, all about the Belarus package and its renewal of the
 * 28 February 2027 expiry to 28 February 2028. Every optional field that the scenario
 * allows is filled in, so that a test exercising the schema sees every property. Shared
 * with the services through this module's test-jar.
 * <p>
 * The framework acts, Sanctions Map id, programme and listed names are the real ones; the
 * renewal acts, the EU reference numbers, the event ids, the delisted person and the
 * staff are made up.
 */
public final class SampleEvents {

	public static final String PACKAGE_KEY = "EU-BLR";

	public static final LocalDate EXPIRY = LocalDate.of(2027, 2, 28);

	public static final LocalDate NEW_EXPIRY = LocalDate.of(2028, 2, 28);

	public static final String RENEWAL_ID = PACKAGE_KEY + ":" + EXPIRY;

	public static final String TITLE = "Restrictive measures in view of the situation in Belarus and the involvement "
			+ "of Belarus in the Russian aggression against Ukraine";

	public static final int SANCTIONS_MAP_ID = 2;

	public static final String PROGRAMME = "BLR";

	public static final LocalDate POSITION_DEADLINE = LocalDate.of(2027, 2, 12);

	public static final String ACT_REFERENCE = "Council Decision (CFSP) 2027/417";

	public static final LocalDate ADOPTION_DATE = LocalDate.of(2027, 2, 22);

	/** The listing a state asks to have removed in the scenario. */
	public static final String DELISTED_REFERENCE = "EU.2841.17";

	/** 312 persons and 57 entities, as at the February 2026 renewal. */
	public static final int LISTING_COUNT = 369;

	private SampleEvents() {
	}

	/**
	 * One event of every type of the contract, in the order of
	 * {@link eu.sanctions.events.EventType}.
	 */
	public static List<SanctionsEvent> oneOfEach() {
		return List.of(packageRevised(), renewalDue(), measuresExtended(), measuresAmended(), measuresLapsed(),
				registryUpdateRejected(), renewalStarted(), reviewCompleted(), positionsRequested(), positionRecorded(),
				positionRejected(), reminderDue(), vetoRiskAssessed(), negotiationOpened(), signalRecorded(),
				extensionAdopted(), renewalCompleted(), renewalLapsed(), renewalWithdrawn(), positionSubmitted(),
				pressureSignalReported());
	}

	public static List<LegalAct> legalActs() {
		return List.of(
				new LegalAct(LegalActKind.DECISION,
						"Council Decision 2012/642/CFSP of 15 October 2012 concerning restrictive measures in view "
								+ "of the situation in Belarus",
						"32012D0642", "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A32012D0642"),
				new LegalAct(LegalActKind.REGULATION,
						"Council Regulation (EC) No 765/2006 of 18 May 2006 concerning restrictive measures in "
								+ "respect of Belarus",
						"32006R0765", "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A32006R0765"));
	}

	public static List<Measure> measures() {
		return List.of(
				new Measure(MeasureCategory.ASSET_FREEZE,
						"All assets of the listed persons and entities are frozen; no funds may be made available "
								+ "to them.",
						"Regulation (EC) No 765/2006, Art. 2"),
				new Measure(MeasureCategory.TRAVEL_BAN, "Listed persons may not enter or transit the Union.",
						"Decision 2012/642/CFSP, Art. 3"),
				new Measure(MeasureCategory.IMPORT_RESTRICTION,
						"Import, purchase or transfer of potash, wood, cement, iron and steel products is prohibited.",
						"Regulation (EC) No 765/2006, Art. 1i"),
				new Measure(MeasureCategory.AVIATION_BAN,
						"Aircraft operated by Belarusian air carriers may not land in, take off from or overfly the "
								+ "Union.",
						"Regulation (EC) No 765/2006, Art. 8d"));
	}

	public static List<Listing> listings() {
		return List.of(
				new Listing("EU.2761.41", SubjectType.PERSON,
						List.of("Aliaksandr Ryhoravich LUKASHENKA", "Alexander Grigoryevich LUKASHENKO"),
						LocalDate.of(2020, 11, 6),
						"President of Belarus, responsible for the repression after the "
								+ "presidential election of 9 August 2020.",
						"Annex I"),
				new Listing("EU.3092.36", SubjectType.ENTITY, List.of("OAO Belaruskali", "JSC Belaruskali"),
						LocalDate.of(2021, 12, 2),
						"State-owned potash producer, a major source of revenue for " + "the regime.", "Annex I"));
	}

	/** The delisting a state asked for as its condition, adopted with the extension. */
	public static ListingAmendment delisting() {
		return new ListingAmendment(ListingAction.REMOVE, DELISTED_REFERENCE, "Pavel Ivanovich KAZLOUSKI",
				"Condition of HU's support: no longer holds the position that justified the listing.");
	}

	/** A listing added with the extension. */
	public static ListingAmendment addition() {
		return new ListingAmendment(ListingAction.ADD, "EU.BLR.P313", "Placeholder person 313 (not a real listing)",
				"Responsible for the detention of returning truck drivers.", SubjectType.PERSON);
	}

	public static PackageRevised packageRevised() {
		return new PackageRevised(PACKAGE_KEY, 42, TITLE, "EU", SANCTIONS_MAP_ID, List.of(PROGRAMME),
				PackageStatus.ACTIVE, LocalDate.of(2004, 9, 24), NEW_EXPIRY, 12, 120, null, legalActs(), measures(),
				listings(), Instant.parse("2027-02-23T09:15:00Z"), "measures-extended for " + RENEWAL_ID);
	}

	public static RenewalDue renewalDue() {
		return new RenewalDue(PACKAGE_KEY, TITLE, SANCTIONS_MAP_ID, List.of(PROGRAMME), EXPIRY, 12, NEW_EXPIRY, 120,
				LISTING_COUNT, legalActs());
	}

	public static MeasuresExtended measuresExtended() {
		return new MeasuresExtended(PACKAGE_KEY, RENEWAL_ID, "5f1c9a52-8d3e-4f4e-9a55-0b9e8e1d7c21", 42,
				SANCTIONS_MAP_ID, List.of(PROGRAMME), legalActs(), RenewalOutcome.EXTENDED_WITH_AMENDMENTS, EXPIRY,
				NEW_EXPIRY, ACT_REFERENCE, ADOPTION_DATE, LocalDate.of(2027, 2, 23), LocalDate.of(2027, 2, 23),
				List.of(DELISTED_REFERENCE), List.of(), LISTING_COUNT, LISTING_COUNT - 1);
	}

	public static MeasuresAmended measuresAmended() {
		return new MeasuresAmended(PACKAGE_KEY, 43, "Two entities added for supplying drones to Russia's armed forces.",
				List.of(), List.of("EU.4102.55", "EU.4103.81"), LISTING_COUNT - 1, LISTING_COUNT + 1,
				"Council Implementing Regulation (EU) 2027/1208");
	}

	public static MeasuresLapsed measuresLapsed() {
		return new MeasuresLapsed(PACKAGE_KEY, RENEWAL_ID, "0b6d2e7a-3c41-4e0c-8f6e-2a7d5e9c4b18", 42, EXPIRY,
				EXPIRY.plusDays(1), LISTING_COUNT);
	}

	public static RegistryUpdateRejected registryUpdateRejected() {
		return new RegistryUpdateRejected(PACKAGE_KEY, RENEWAL_ID, "5f1c9a52-8d3e-4f4e-9a55-0b9e8e1d7c21",
				"eu.sanctions.renewal.extension-adopted.v1", RegistryUpdateRejected.Reason.EXPIRY_MISMATCH,
				"The registry holds 2028-02-28 as the expiry; the extension expected 2027-02-28.", NEW_EXPIRY, EXPIRY);
	}

	public static RenewalStarted renewalStarted() {
		return new RenewalStarted(RENEWAL_ID, PACKAGE_KEY, EXPIRY, NEW_EXPIRY, "registry",
				"9e2f4a17-6b0c-4d8a-b3e5-71c2d0f8a6e4");
	}

	public static ReviewCompleted reviewCompleted() {
		return new ReviewCompleted(RENEWAL_ID, PACKAGE_KEY, Recommendation.EXTEND_WITH_AMENDMENTS, NEW_EXPIRY,
				POSITION_DEADLINE, List.of(delisting()),
				"Extend for twelve months; COEST recommends one delisting after the judicial review.", "a.lindqvist");
	}

	public static PositionsRequested positionsRequested() {
		return new PositionsRequested(RENEWAL_ID, PACKAGE_KEY, 1, List.of(MemberState.values()), POSITION_DEADLINE,
				NEW_EXPIRY, List.of(delisting()));
	}

	public static PositionRecorded positionRecorded() {
		return new PositionRecorded(RENEWAL_ID, PACKAGE_KEY, 1, MemberState.HU, Position.SUPPORT_WITH_CONDITIONS,
				Position.OPPOSE, "delist " + DELISTED_REFERENCE,
				"Hungary supports the extension if the listing is removed.", SubmissionChannel.KAFKA,
				"desk-HU/renewals", Instant.parse("2027-02-05T14:02:11Z"));
	}

	public static PositionRejected positionRejected() {
		return new PositionRejected(PACKAGE_KEY, RENEWAL_ID, "GR", PositionRejected.Reason.STATE_NOT_AUTHORIZED,
				"The desk of LT may not speak for GR.", "c4b7e2d9-1f63-4a0e-8d25-6e9a3f7b1c08",
				SubmissionChannel.KAFKA);
	}

	public static ReminderDue reminderDue() {
		return new ReminderDue(RENEWAL_ID, PACKAGE_KEY, 1, POSITION_DEADLINE,
				List.of(MemberState.SK, MemberState.MT, MemberState.CY));
	}

	public static VetoRiskAssessed vetoRiskAssessed() {
		return new VetoRiskAssessed(RENEWAL_ID, PACKAGE_KEY, 1, RiskLevel.HIGH, RiskLevel.MEDIUM,
				List.of(MemberState.HU), List.of(MemberState.SK),
				List.of("HU opposes the extension", "SK has not answered, 3 days before the deadline"),
				new PositionCounts(22, 1, 1, 0, 1, 2), false, SignalSeverity.HIGH, VetoRiskAssessed.Trigger.POSITION);
	}

	public static NegotiationOpened negotiationOpened() {
		return new NegotiationOpened(RENEWAL_ID, PACKAGE_KEY, 1, RiskLevel.HIGH, List.of(MemberState.HU),
				List.of(MemberState.SK),
				List.of(new NegotiationOpened.StateConditions(MemberState.HU, "delist " + DELISTED_REFERENCE),
						new NegotiationOpened.StateConditions(MemberState.SK, "statement on energy security")));
	}

	public static SignalRecorded signalRecorded() {
		return new SignalRecorded(RENEWAL_ID, PACKAGE_KEY, "7a3e9c14-2b8d-4f61-a0c5-d94e1b6f2a37", "TRUCKS_HELD",
				"About 1,200 Lithuanian and Polish trucks held in Belarus after the border checkpoints closed.",
				SignalSeverity.HIGH, List.of(MemberState.LT, MemberState.PL), Instant.parse("2027-01-29T06:30:00Z"));
	}

	public static ExtensionAdopted extensionAdopted() {
		return new ExtensionAdopted(RENEWAL_ID, PACKAGE_KEY, RenewalOutcome.EXTENDED_WITH_AMENDMENTS, EXPIRY,
				NEW_EXPIRY, ACT_REFERENCE, ADOPTION_DATE, LocalDate.of(2027, 2, 23), LocalDate.of(2027, 2, 23),
				List.of(delisting(), addition()), "a.lindqvist");
	}

	public static RenewalCompleted renewalCompleted() {
		return new RenewalCompleted(RENEWAL_ID, PACKAGE_KEY, RenewalOutcome.EXTENDED_WITH_AMENDMENTS, EXPIRY,
				NEW_EXPIRY, ACT_REFERENCE);
	}

	public static RenewalLapsed renewalLapsed() {
		return new RenewalLapsed(RENEWAL_ID, PACKAGE_KEY, EXPIRY, EXPIRY.plusDays(1),
				RenewalLapsed.Reason.EXPIRED_WITHOUT_ADOPTION, List.of(MemberState.HU),
				"HU maintained its opposition at COREPER II; no compromise was reached before the expiry.");
	}

	public static RenewalWithdrawn renewalWithdrawn() {
		return new RenewalWithdrawn(RENEWAL_ID, PACKAGE_KEY,
				"Replaced by a new framework decision merging the Belarus and Russia regimes.", "a.lindqvist");
	}

	public static PositionSubmitted positionSubmitted() {
		return new PositionSubmitted(PACKAGE_KEY, RENEWAL_ID, "HU", Position.SUPPORT_WITH_CONDITIONS,
				"delist " + DELISTED_REFERENCE, "Hungary supports the extension if the listing is removed.",
				"desk-HU/renewals");
	}

	public static PressureSignalReported pressureSignalReported() {
		return new PressureSignalReported(PACKAGE_KEY, "TRUCKS_HELD",
				"About 1,200 Lithuanian and Polish trucks held in Belarus after the border checkpoints closed.",
				SignalSeverity.HIGH, List.of(MemberState.LT, MemberState.PL), Instant.parse("2027-01-29T06:30:00Z"),
				"analyst.vilnius");
	}

}
