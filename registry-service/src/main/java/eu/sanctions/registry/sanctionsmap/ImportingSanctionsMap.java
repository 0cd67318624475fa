package eu.sanctions.registry.sanctionsmap;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sanctions.events.registry.MeasuresAmended;
import eu.sanctions.registry.messaging.EventPublisher;
import eu.sanctions.registry.register.BrusselsTime;
import eu.sanctions.registry.register.Cause;
import eu.sanctions.registry.register.Change;
import eu.sanctions.registry.register.PackageState;
import eu.sanctions.registry.register.Revision;
import eu.sanctions.registry.register.SanctionsPackage;
import eu.sanctions.registry.revisions.Packages;
import eu.sanctions.registry.revisions.Revising;

/**
 * Imports a Sanctions Map snapshot in one transaction: every regime becomes a package, or
 * a revision of the package it became before, or nothing if it has not changed. A file
 * with any problem is refused before anything is written.
 * <p>
 * An imported state takes effect on the regime's last amendment date (the Map's
 * {@code amendment}), or on the day of the import when the Map does not say.
 */
@Service
public class ImportingSanctionsMap {

	private static final Logger log = LoggerFactory.getLogger(ImportingSanctionsMap.class);

	private final Packages packages;

	private final Revising revising;

	private final EventPublisher publisher;

	private final Clock clock;

	ImportingSanctionsMap(Packages packages, Revising revising, EventPublisher publisher, Clock clock) {
		this.packages = packages;
		this.revising = revising;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * Imports a snapshot.
	 * @param snapshot the Sanctions Map JSON
	 * @param cause who or what imports it
	 * @param announceAmendments whether a revised package is announced by
	 * {@code measures-amended} too (its new state always goes to the compacted topic)
	 * @throws InvalidSnapshot if the file has any problem; then nothing was imported
	 */
	@Transactional
	public ImportReport importSnapshot(JsonNode snapshot, Cause cause, boolean announceAmendments) {
		List<Regime> regimes = SanctionsMapSnapshot.read(snapshot);
		Instant now = this.clock.instant();
		Set<String> taken = new LinkedHashSet<>(this.packages.keys());
		List<String> created = new ArrayList<>();
		List<String> revised = new ArrayList<>();
		for (Regime regime : regimes) {
			LocalDate effective = (regime.amendedOn() != null) ? regime.amendedOn() : BrusselsTime.dateOf(now);
			Optional<SanctionsPackage> existing = this.packages.keyOfRegime(regime.id()).flatMap(this.packages::find);
			if (existing.isPresent()) {
				SanctionsPackage current = existing.get();
				PackageState next = RegimeTranslation.merge(current.state(), regime);
				Optional<Revision> revision = current.revise(next, cause, effective, now,
						"Revised from Sanctions Map regime " + regime.id());
				if (revision.isPresent()) {
					this.revising.record(current, revision.get());
					if (announceAmendments) {
						this.publisher.publish(amended(current, revision.get(), cause));
					}
					revised.add(current.key());
				}
			}
			else {
				String key = PackageKeys.allocate(regime, taken);
				taken.add(key);
				this.revising.recordNew(SanctionsPackage.create(RegimeTranslation.newPackage(key, regime), cause,
						effective, now, "Imported from Sanctions Map regime " + regime.id()));
				created.add(key);
			}
		}
		ImportReport report = new ImportReport(regimes.size(), created, revised,
				regimes.size() - created.size() - revised.size());
		log.info("Sanctions Map import ({}): {} regimes, {} packages created, {} revised, {} unchanged",
				cause.description(), report.regimes(), created.size(), revised.size(), report.unchanged());
		return report;
	}

	private static MeasuresAmended amended(SanctionsPackage before, Revision revision, Cause cause) {
		Set<String> fields = new LinkedHashSet<>();
		for (Change change : revision.changes()) {
			int slash = change.field().indexOf('/');
			fields.add((slash > 0) ? change.field().substring(0, slash) : change.field());
		}
		int listings = revision.state().listings().size();
		return new MeasuresAmended(revision.packageKey(), revision.number(),
				revision.summary() + ": " + String.join(", ", fields) + " changed", List.of(), List.of(),
				before.state().listings().size(), listings, cause.description());
	}

}
