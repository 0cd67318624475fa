package eu.sanctions.registry.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.sanctions.events.Listing;
import eu.sanctions.events.Measure;
import eu.sanctions.events.MeasureCategory;
import eu.sanctions.events.PackageStatus;
import eu.sanctions.events.registry.RegistryUpdateRejected.Reason;

import static eu.sanctions.registry.register.PackageFixtures.RECORDED;
import static eu.sanctions.registry.register.PackageFixtures.activePackage;
import static eu.sanctions.registry.register.PackageFixtures.addition;
import static eu.sanctions.registry.register.PackageFixtures.extension;
import static eu.sanctions.registry.register.PackageFixtures.listing;
import static eu.sanctions.registry.register.PackageFixtures.recorded;
import static eu.sanctions.registry.register.PackageFixtures.removal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SanctionsPackageTest {

	private static final LocalDate EXPIRY = LocalDate.of(2027, 2, 28);

	private static final LocalDate NEW_EXPIRY = LocalDate.of(2028, 2, 28);

	private final SanctionsPackage belarus = recorded(activePackage("EU-BLR", EXPIRY, 3), LocalDate.of(2026, 2, 26));

	@Test
	void extendsToTheNewExpiryAsOneRevisionEffectiveOnEntryIntoForce() {
		SanctionsPackage.Extension extension = this.belarus.extend(extension("EU-BLR", EXPIRY, NEW_EXPIRY),
				Cause.of("test"), RECORDED);

		assertThat(extension.revision().number()).isEqualTo(2);
		assertThat(extension.revision().state().expiry()).isEqualTo(NEW_EXPIRY);
		assertThat(extension.revision().effectiveDate()).isEqualTo(EXPIRY.minusDays(5));
		assertThat(extension.previousExpiry()).isEqualTo(EXPIRY);
		assertThat(extension.revision().changes()).containsExactly(new Change("expiry", "2027-02-28", "2028-02-28"));
		assertThat(extension.listingCountBefore()).isEqualTo(3);
		assertThat(extension.listingCountAfter()).isEqualTo(3);
	}

	@Test
	void takesEffectOnTheDayItIsRecordedWhenTheEntryIntoForceIsNotKnown() {
		var adopted = extension("EU-BLR", EXPIRY, NEW_EXPIRY);
		var withoutDate = new eu.sanctions.events.renewal.ExtensionAdopted(adopted.renewalId(), adopted.packageKey(),
				adopted.outcome(), adopted.previousExpiry(), adopted.newExpiry(), adopted.actReference(),
				adopted.adoptionDate(), null, null, adopted.amendments(), adopted.recordedBy());

		Revision revision = this.belarus.extend(withoutDate, Cause.of("test"), RECORDED).revision();

		assertThat(revision.effectiveDate()).isEqualTo(LocalDate.of(2026, 11, 22));
	}

	@Test
	void removesAndAddsListingsWithTheExtension() {
		SanctionsPackage.Extension extension = this.belarus.extend(
				extension("EU-BLR", EXPIRY, NEW_EXPIRY, removal("EU.BLR.2"), addition("EU.BLR.99")), Cause.of("test"),
				RECORDED);

		assertThat(extension.listingsRemoved()).containsExactly("EU.BLR.2");
		assertThat(extension.listingsAdded()).containsExactly("EU.BLR.99");
		assertThat(extension.revision().state().listings()).extracting(Listing::euReferenceNumber)
			.containsExactly("EU.BLR.1", "EU.BLR.3", "EU.BLR.99");
		assertThat(extension.revision().changes()).extracting(Change::field)
			.containsExactly("expiry", "listings/EU.BLR.2", "listings/EU.BLR.99");
	}

	@Test
	void refusesAnExtensionOfAnotherExpiry() {
		assertThatExceptionOfType(UpdateRejected.class)
			.isThrownBy(() -> this.belarus.extend(extension("EU-BLR", LocalDate.of(2026, 2, 28), EXPIRY),
					Cause.of("test"), RECORDED))
			.satisfies((rejected) -> {
				assertThat(rejected.reason()).isEqualTo(Reason.EXPIRY_MISMATCH);
				assertThat(rejected.registryExpiry()).isEqualTo(EXPIRY);
				assertThat(rejected.expectedExpiry()).isEqualTo(LocalDate.of(2026, 2, 28));
			});
	}

	@Test
	void refusesANewExpiryThatIsNotLater() {
		assertThatExceptionOfType(UpdateRejected.class)
			.isThrownBy(() -> this.belarus.extend(extension("EU-BLR", EXPIRY, EXPIRY), Cause.of("test"), RECORDED))
			.extracting(UpdateRejected::reason)
			.isEqualTo(Reason.INVALID_NEW_EXPIRY);
	}

	@Test
	void refusesToDelistWhoIsNotListedOrToListWhoIs() {
		assertThatExceptionOfType(UpdateRejected.class)
			.isThrownBy(() -> this.belarus.extend(extension("EU-BLR", EXPIRY, NEW_EXPIRY, removal("EU.BLR.42")),
					Cause.of("test"), RECORDED))
			.extracting(UpdateRejected::reason)
			.isEqualTo(Reason.UNKNOWN_LISTING);
		assertThatExceptionOfType(UpdateRejected.class)
			.isThrownBy(() -> this.belarus.extend(extension("EU-BLR", EXPIRY, NEW_EXPIRY, addition("EU.BLR.1")),
					Cause.of("test"), RECORDED))
			.extracting(UpdateRejected::reason)
			.isEqualTo(Reason.LISTING_ALREADY_PRESENT);
	}

	@Test
	void lapsesFromTheDayAfterTheExpiry() {
		Revision lapse = this.belarus.lapse(EXPIRY, Cause.of("test"), RECORDED);

		assertThat(lapse.state().status()).isEqualTo(PackageStatus.LAPSED);
		assertThat(lapse.state().lapsedOn()).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(lapse.effectiveDate()).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(lapse.state().expiry()).isEqualTo(EXPIRY);
	}

	@Test
	void refusesToExtendOrLapseALapsedPackage() {
		SanctionsPackage lapsed = new SanctionsPackage(this.belarus.lapse(EXPIRY, Cause.of("test"), RECORDED));

		assertThatExceptionOfType(UpdateRejected.class)
			.isThrownBy(() -> lapsed.extend(extension("EU-BLR", EXPIRY, NEW_EXPIRY), Cause.of("test"), RECORDED))
			.extracting(UpdateRejected::reason)
			.isEqualTo(Reason.PACKAGE_NOT_ACTIVE);
		assertThatExceptionOfType(UpdateRejected.class)
			.isThrownBy(() -> lapsed.lapse(EXPIRY, Cause.of("test"), RECORDED))
			.extracting(UpdateRejected::reason)
			.isEqualTo(Reason.PACKAGE_NOT_ACTIVE);
	}

	@Test
	void neverTakesEffectBeforeTheRevisionItBuildsOn() {
		SanctionsPackage extended = new SanctionsPackage(
				this.belarus.extend(extension("EU-BLR", EXPIRY, NEW_EXPIRY), Cause.of("test"), RECORDED).revision());

		Revision edit = extended.addListing(listing("EU.BLR.50"), Cause.of("test"), RECORDED);

		assertThat(extended.latest().effectiveDate()).isEqualTo(LocalDate.of(2027, 2, 23));
		assertThat(edit.effectiveDate()).isEqualTo(LocalDate.of(2027, 2, 23));
	}

	@Test
	void revisesNothingWhenTheStateIsTheSame() {
		assertThat(this.belarus.revise(this.belarus.state(), Cause.of("test"), LocalDate.of(2026, 11, 22), RECORDED,
				"again"))
			.isEmpty();
		assertThat(this.belarus.replaceMeasures(this.belarus.state().measures(), Cause.of("test"), RECORDED)).isEmpty();
	}

	@Test
	void recordsWhatAMeasuresEditChanged() {
		Measure travelBan = new Measure(MeasureCategory.TRAVEL_BAN, "No entry.", null);

		Revision revision = this.belarus
			.replaceMeasures(List.of(this.belarus.state().measures().get(0), travelBan), Cause.of("staff"),
					Instant.parse("2026-12-01T10:00:00Z"))
			.orElseThrow();

		assertThat(revision.effectiveDate()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(revision.changes()).singleElement().satisfies((change) -> {
			assertThat(change.field()).startsWith("measures/TRAVEL_BAN");
			assertThat(change.before()).isNull();
			assertThat(change.after()).isEqualTo("TRAVEL_BAN: No entry.");
		});
	}

	@Test
	void refusesToListTwiceOrDelistWhoIsNotListed() {
		assertThatExceptionOfType(UpdateRejected.class)
			.isThrownBy(() -> this.belarus.addListing(listing("EU.BLR.1"), Cause.of("test"), RECORDED))
			.extracting(UpdateRejected::reason)
			.isEqualTo(Reason.LISTING_ALREADY_PRESENT);
		assertThatExceptionOfType(UpdateRejected.class)
			.isThrownBy(() -> this.belarus.removeListing("EU.BLR.9", Cause.of("test"), RECORDED))
			.extracting(UpdateRejected::reason)
			.isEqualTo(Reason.UNKNOWN_LISTING);
	}

}
