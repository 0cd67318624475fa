package eu.sanctions.registry.revisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sanctions.events.PackageStatus;
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

		List<String> expiring = this.packages.list(PackageStatus.ACTIVE, LocalDate.of(2027, 1, 1))
			.stream()
			.map(PackageSummary::key)
			.toList();

		assertThat(expiring).contains(early).doesNotContain(late);
		assertThat(this.packages.list(PackageStatus.LAPSED, null)).extracting(PackageSummary::key)
			.doesNotContain(early, late);
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

		assertThat(this.packages.list(null, null)).filteredOn((summary) -> summary.sanctionsMapId() != null)
			.hasSizeGreaterThanOrEqualTo(48);
		assertThat(belarus.revision()).isEqualTo(3);
		assertThat(belarus.state().expiry()).isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(belarus.state().listings()).hasSize(369);
		assertThat(this.packages.searchListings("placeholder person 312", 5)).hasSize(1);
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
