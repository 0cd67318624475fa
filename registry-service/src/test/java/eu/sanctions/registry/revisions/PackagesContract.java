package eu.sanctions.registry.revisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sanctions.events.EventType;
import eu.sanctions.events.PackageStatus;
import eu.sanctions.events.registry.MeasuresLapsed;
import eu.sanctions.registry.MutableClock;
import eu.sanctions.registry.NoBrokerTestBase;
import eu.sanctions.registry.register.Cause;
import eu.sanctions.registry.register.PackageState;
import eu.sanctions.registry.register.Revision;
import eu.sanctions.registry.register.SanctionsPackage;

import static eu.sanctions.registry.register.PackageFixtures.activePackage;
import static eu.sanctions.registry.register.PackageFixtures.extension;
import static eu.sanctions.registry.register.PackageFixtures.listing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the register's storage must do on every database it runs on; run on H2 and on
 * PostgreSQL. Each test works on packages of its own.
 */
abstract class PackagesContract extends NoBrokerTestBase {

	private static final AtomicInteger keys = new AtomicInteger();

	private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	private static final String PACKAGE_REVISED = EventType.PACKAGE_REVISED.type();

	private static final String MEASURES_LAPSED = EventType.MEASURES_LAPSED.type();

	@Autowired
	MutableClock clock;

	@Autowired
	Packages packages;

	@Autowired
	Revising revising;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void readsBackARevisionExactlyAsItWasStored() {
		PackageState state = activePackage(newKey(), LocalDate.of(2027, 2, 28), 3);

		Revision first = recordNew(state, LocalDate.of(2026, 2, 26));

		SanctionsPackage found = this.packages.find(state.key()).orElseThrow();
		assertThat(found.state()).isEqualTo(state);
		assertThat(found.latest()).isEqualTo(first);
		assertThat(this.packages.history(state.key())).singleElement()
			.satisfies((entry) -> assertThat(entry.changes()).isEqualTo(first.changes()));
	}

	@Test
	void refusesARevisionMadeAgainstAStaleOne() {
		PackageState state = activePackage(newKey(), LocalDate.of(2027, 2, 28), 1);
		recordNew(state, LocalDate.of(2026, 2, 26));
		SanctionsPackage readByBoth = this.packages.find(state.key()).orElseThrow();
		record(readByBoth, readByBoth.addListing(listing("EU.A"), Cause.of("first"), NOW));

		assertThatExceptionOfType(StaleRevision.class)
			.isThrownBy(() -> record(readByBoth, readByBoth.addListing(listing("EU.B"), Cause.of("second"), NOW)))
			.satisfies((stale) -> assertThat(stale.current()).isEqualTo(2));
		assertThat(this.packages.find(state.key()).orElseThrow().state().listing("EU.B")).isEmpty();
		assertThat(this.packages.history(state.key())).hasSize(2);
	}

	@Test
	void findsTheRevisionInForceOnADate() {
		PackageState state = activePackage(newKey(), LocalDate.of(2027, 2, 28), 1);
		recordNew(state, LocalDate.of(2026, 2, 26));
		SanctionsPackage current = this.packages.find(state.key()).orElseThrow();
		record(current,
				current
					.extend(extension(state.key(), LocalDate.of(2027, 2, 28), LocalDate.of(2028, 2, 28)),
							Cause.of("extension"), NOW)
					.revision());

		assertThat(this.packages.inForceOn(state.key(), LocalDate.of(2026, 2, 25))).isEmpty();
		assertThat(this.packages.inForceOn(state.key(), LocalDate.of(2026, 2, 26)).orElseThrow().number()).isEqualTo(1);
		assertThat(this.packages.inForceOn(state.key(), LocalDate.of(2027, 2, 22)).orElseThrow().state().expiry())
			.isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(this.packages.inForceOn(state.key(), LocalDate.of(2027, 2, 23)).orElseThrow().state().expiry())
			.isEqualTo(LocalDate.of(2028, 2, 28));
	}

	@Test
	void searchesListingsByNameAndForgetsTheDelisted() {
		PackageState state = activePackage(newKey(), LocalDate.of(2027, 2, 28), 0).withListings(List.of(
				new eu.sanctions.events.Listing("EU.S.1", eu.sanctions.events.SubjectType.PERSON,
						List.of("Aliaksandr Ryhoravich LUKASHENKA", "Alexander LUKASHENKO"), null, null, null),
				listing("EU.S.2")));
		recordNew(state, LocalDate.of(2026, 2, 26));

		assertThat(this.packages.searchListings("lukashenko", 10)).extracting(ListingMatch::euReferenceNumber)
			.containsExactly("EU.S.1");
		assertThat(this.packages.searchListings("100%_", 10)).isEmpty();
		SanctionsPackage current = this.packages.find(state.key()).orElseThrow();
		record(current, current.removeListing("EU.S.1", Cause.of("delisted"), NOW));
		assertThat(this.packages.searchListings("lukashenko", 10)).isEmpty();
	}

	@Test
	void listsPackagesByStatusAndExpiry() {
		String early = newKey();
		String late = newKey();
		recordNew(activePackage(early, LocalDate.of(2026, 12, 31), 0), LocalDate.of(2026, 1, 1));
		recordNew(activePackage(late, LocalDate.of(2031, 1, 1), 0), LocalDate.of(2026, 1, 1));

		List<String> expiring = this.packages.listOn(TODAY, PackageStatus.ACTIVE, LocalDate.of(2027, 1, 1))
			.stream()
			.map(PackageSummary::key)
			.toList();

		assertThat(expiring).contains(early).doesNotContain(late);
		assertThat(this.packages.listOn(TODAY, PackageStatus.LAPSED, null)).extracting(PackageSummary::key)
			.doesNotContain(early, late);
	}

	@Test
	void listsAndShowsEachPackageAtTheRevisionInForceOnTheDay() {
		String key = newKey();
		LocalDate expiry = LocalDate.of(2027, 2, 28);
		recordNew(activePackage(key, expiry, 2), LocalDate.of(2026, 1, 1));
		SanctionsPackage active = this.packages.find(key).orElseThrow();
		record(active, active.lapse(expiry, Cause.of("lapse accepted"), NOW));

		assertThat(this.packages.listOn(expiry, PackageStatus.ACTIVE, null)).extracting(PackageSummary::key)
			.contains(key);
		assertThat(this.packages.listOn(expiry, PackageStatus.LAPSED, null)).extracting(PackageSummary::key)
			.doesNotContain(key);
		assertThat(this.packages.listOn(expiry, null, expiry.plusDays(1))).extracting(PackageSummary::key)
			.contains(key);
		assertThat(this.packages.listOn(expiry.plusDays(1), PackageStatus.LAPSED, null))
			.filteredOn((summary) -> summary.key().equals(key))
			.singleElement()
			.satisfies((summary) -> assertThat(summary.revision()).isEqualTo(2));
		assertThat(this.packages.listOn(expiry.plusDays(1), PackageStatus.ACTIVE, null)).extracting(PackageSummary::key)
			.doesNotContain(key);
		PackageOnADay onTheExpiry = this.packages.on(key, expiry).orElseThrow();
		assertThat(onTheExpiry.inForce().state().status()).isEqualTo(PackageStatus.ACTIVE);
		assertThat(onTheExpiry.latestRevision()).isEqualTo(2);
		assertThat(onTheExpiry.upcoming()).singleElement()
			.satisfies((upcoming) -> assertThat(upcoming.effectiveDate()).isEqualTo(expiry.plusDays(1)));
		PackageOnADay afterIt = this.packages.on(key, expiry.plusDays(1)).orElseThrow();
		assertThat(afterIt.inForce().state().status()).isEqualTo(PackageStatus.LAPSED);
		assertThat(afterIt.isLatest()).isTrue();
		assertThat(afterIt.upcoming()).isEmpty();
	}

	@Test
	void announcesARevisionAndTheEventsHeldForItOnTheDayItTakesEffectOnce() {
		String key = newKey();
		LocalDate expiry = LocalDate.of(2027, 2, 28);
		recordNew(activePackage(key, expiry, 2), LocalDate.of(2026, 1, 1));
		SanctionsPackage active = this.packages.find(key).orElseThrow();
		Revision lapse = active.lapse(expiry, Cause.of("lapse accepted"), NOW);
		MeasuresLapsed lapsed = new MeasuresLapsed(key, key + ":" + expiry, "8f0e6c1a-4b7d-4e2a-9c3f-5d1b2a7e6f40",
				lapse.number(), expiry, expiry.plusDays(1), 2);
		this.transactions.executeWithoutResult((status) -> this.revising.record(active, lapse, lapsed));

		assertThat(outboxOf(key)).containsExactly(PACKAGE_REVISED);
		assertThat(announce(key)).isEmpty();
		this.clock.setDate(expiry);
		assertThat(announce(key)).isEmpty();
		this.clock.setDate(expiry.plusDays(1));
		assertThat(announce(key)).extracting(Revision::number).containsExactly(2L);
		assertThat(announce(key)).isEmpty();

		assertThat(outboxOf(key)).containsExactly(PACKAGE_REVISED, PACKAGE_REVISED, MEASURES_LAPSED);
		assertThat(this.packages.withRevisionsNotAnnounced()).doesNotContain(key);
	}

	@Test
	void announcesARevisionThatIsInForceWhenItIsRecorded() {
		String key = newKey();
		LocalDate expiry = LocalDate.of(2026, 11, 21);
		recordNew(activePackage(key, expiry, 0), LocalDate.of(2026, 1, 1));
		SanctionsPackage active = this.packages.find(key).orElseThrow();
		Revision lapse = active.lapse(expiry, Cause.of("expired without adoption"), NOW);
		this.transactions.executeWithoutResult(
				(status) -> this.revising.record(active, lapse, new MeasuresLapsed(key, key + ":" + expiry,
						"1d7c9e2b-6a4f-4c1e-8b3d-0f5e7a9c2d61", lapse.number(), expiry, expiry.plusDays(1), 0)));

		assertThat(outboxOf(key)).containsExactly(PACKAGE_REVISED, PACKAGE_REVISED, MEASURES_LAPSED);
		assertThat(this.packages.withRevisionsNotAnnounced()).doesNotContain(key);
	}

	@Test
	void keepsNothingOfATransactionThatFails() {
		PackageState state = activePackage(newKey(), LocalDate.of(2027, 2, 28), 0);

		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
				this.revising.recordNew(
						SanctionsPackage.create(state, Cause.of("test"), LocalDate.of(2026, 1, 1), NOW, "created"));
				throw new IllegalStateException("the broker of the change failed");
			}));

		assertThat(this.packages.find(state.key())).isEmpty();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM event_outbox WHERE record_key = ?")
			.param(state.key())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void writesThePackagesStateToTheOutboxInTheSameTransaction() {
		PackageState state = activePackage(newKey(), LocalDate.of(2027, 2, 28), 0);

		recordNew(state, LocalDate.of(2026, 1, 1));

		assertThat(this.jdbc.sql("SELECT event_type FROM event_outbox WHERE record_key = ?")
			.param(state.key())
			.query(String.class)
			.list()).containsExactly("eu.sanctions.registry.package-revised.v1");
	}

	@Test
	void seedsTheRegistryOnFirstStart() {
		SanctionsPackage belarus = this.packages.find("EU-BLR").orElseThrow();

		assertThat(this.packages.listOn(TODAY, null, null)).filteredOn((summary) -> summary.sanctionsMapId() != null)
			.hasSizeGreaterThanOrEqualTo(48);
		assertThat(belarus.revision()).isEqualTo(3);
		assertThat(belarus.state().expiry()).isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(belarus.state().listings()).hasSize(369);
		assertThat(this.packages.searchListings("placeholder person 312", 5)).hasSize(1);
	}

	@AfterEach
	void putTheClockBack() {
		this.clock.reset();
	}

	private List<Revision> announce(String key) {
		return this.transactions.execute((status) -> this.revising.announceInForce(key));
	}

	private List<String> outboxOf(String key) {
		return this.jdbc.sql("SELECT event_type FROM event_outbox WHERE record_key = ? ORDER BY id")
			.param(key)
			.query(String.class)
			.list();
	}

	private Revision recordNew(PackageState state, LocalDate effective) {
		Revision revision = SanctionsPackage.create(state, Cause.of("test"), effective, NOW, "created");
		this.transactions.executeWithoutResult((status) -> this.revising.recordNew(revision));
		return revision;
	}

	private void record(SanctionsPackage from, Revision revision) {
		this.transactions.executeWithoutResult((status) -> this.revising.record(from, revision));
	}

	private String newKey() {
		return "EU-REPO-" + getClass().getSimpleName().replaceAll("[^A-Z0-9]", "") + "-" + keys.incrementAndGet();
	}

}
