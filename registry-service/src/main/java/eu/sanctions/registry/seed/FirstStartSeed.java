package eu.sanctions.registry.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sanctions.events.RenewalOutcome;
import eu.sanctions.events.cloudevents.EventJson;
import eu.sanctions.events.renewal.ExtensionAdopted;
import eu.sanctions.registry.register.Cause;
import eu.sanctions.registry.register.Revision;
import eu.sanctions.registry.register.SanctionsPackage;
import eu.sanctions.registry.revisions.Packages;
import eu.sanctions.registry.revisions.Revising;
import eu.sanctions.registry.sanctionsmap.ImportReport;
import eu.sanctions.registry.sanctionsmap.ImportingSanctionsMap;

/**
 * Seeds an empty registry on its first start, in one transaction: the Sanctions Map
 * snapshot of 4 July 2023 (every regime a package), then Belarus brought to 2026 with
 * placeholder listings and the extension of 26 February 2026 to 28 February 2027, so that
 * a fresh stack has Belarus due for review now. It never runs again on that database.
 * {@code sanctions.registry.seed.enabled=false} turns it off.
 * <p>
 * It runs before anything that reads or changes the register starts: the Kafka listener
 * containers (an event of a seeded package read first would be refused for good as an
 * unknown package) and the web server.
 */
@Component
@ConditionalOnProperty(name = "sanctions.registry.seed.enabled", havingValue = "true", matchIfMissing = true)
class FirstStartSeed implements SmartLifecycle {

	/**
	 * Before the web server ({@code SmartLifecycle.DEFAULT_PHASE - 1024}) and the
	 * listener containers ({@code Integer.MAX_VALUE - 100}).
	 */
	static final int PHASE = 0;

	static final String NAME = "sanctionsmap-2023-07-04+belarus-2026-02-26";

	static final String SNAPSHOT = "seed/sanctionsmap-regimes-2023-07-04.json";

	static final String BELARUS = "EU-BLR";

	static final LocalDate SNAPSHOT_EXPIRY = LocalDate.of(2024, 2, 28);

	static final LocalDate EXTENDED_ON = LocalDate.of(2026, 2, 26);

	static final LocalDate EXTENDED_TO = LocalDate.of(2027, 2, 28);

	/**
	 * From the regime's notes: "first adopted restrictive measures ... on 24 September
	 * 2004".
	 */
	static final LocalDate BELARUS_ADOPTED = LocalDate.of(2004, 9, 24);

	private static final Logger log = LoggerFactory.getLogger(FirstStartSeed.class);

	private final SeedLog seeds;

	private final Packages packages;

	private final ImportingSanctionsMap importer;

	private final Revising revising;

	private final TransactionTemplate transactions;

	private final Clock clock;

	FirstStartSeed(SeedLog seeds, Packages packages, ImportingSanctionsMap importer, Revising revising,
			TransactionTemplate transactions, Clock clock) {
		this.seeds = seeds;
		this.packages = packages;
		this.importer = importer;
		this.revising = revising;
		this.transactions = transactions;
		this.clock = clock;
	}

	private volatile boolean running;

	@Override
	public void start() {
		seed();
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	/** Seeds the registry if this database has never been seeded. */
	void seed() {
		if (this.seeds.applied(NAME)) {
			return;
		}
		long started = System.nanoTime();
		try {
			this.transactions.executeWithoutResult((status) -> {
				Instant now = this.clock.instant();
				this.seeds.claim(NAME, now);
				if (this.packages.count() > 0) {
					log.info("The registry holds packages already: the first-start seed is not applied");
					return;
				}
				ImportReport report = this.importer.importSnapshot(readSnapshot(),
						Cause.of("seed: Sanctions Map snapshot of 2023-07-04 (" + SNAPSHOT + ")"), false);
				bringBelarusToDate(now);
				log.info(
						"Seeded the registry in {} ms: {} packages from the Sanctions Map snapshot of 2023-07-04, "
								+ "{} brought to its extension of {}",
						(System.nanoTime() - started) / 1_000_000, report.created().size(), BELARUS, EXTENDED_ON);
			});
		}
		catch (DuplicateKeyException ex) {
			log.info("Another node seeded the registry at the same time");
		}
	}

	private void bringBelarusToDate(Instant now) {
		SanctionsPackage fromSnapshot = this.packages.find(BELARUS)
			.orElseThrow(() -> new IllegalStateException("The seed snapshot has no Belarus regime"));
		Revision listed = fromSnapshot
			.revise(fromSnapshot.state().withListings(PlaceholderListings.belarus()).withAdoptionDate(BELARUS_ADOPTED),
					Cause.of("seed: placeholder listings (the reference data hold no listings; see seed/README.md)"),
					EXTENDED_ON, now,
					PlaceholderListings.PERSONS + " persons and " + PlaceholderListings.ENTITIES
							+ " entities listed at the extension of 26 February 2026, as placeholders (not real "
							+ "listings); adoption date 24 September 2004 from the regime's notes")
			.orElseThrow();
		this.revising.record(fromSnapshot, listed);
		SanctionsPackage withListings = new SanctionsPackage(listed);
		// The act's entry into force is not in the reference data: take its adoption.
		ExtensionAdopted extension = new ExtensionAdopted(BELARUS + ":" + SNAPSHOT_EXPIRY, BELARUS,
				RenewalOutcome.EXTENDED, SNAPSHOT_EXPIRY, EXTENDED_TO, "Council extension of 26 February 2026 (seed)",
				EXTENDED_ON, null, EXTENDED_ON, List.of(), "seed");
		Revision extended = withListings
			.extend(extension,
					Cause.of("seed: the extension of 26 February 2026 to 28 February 2027; the renewals between the "
							+ "snapshot's expiry of 2024-02-28 and 2026 are not in the reference data"),
					now)
			.revision();
		this.revising.record(withListings, extended);
	}

	private static JsonNode readSnapshot() {
		try (InputStream in = new ClassPathResource(SNAPSHOT).getInputStream()) {
			return EventJson.mapper().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the seed " + SNAPSHOT, ex);
		}
	}

}
