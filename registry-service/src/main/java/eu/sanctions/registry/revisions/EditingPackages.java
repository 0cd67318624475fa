package eu.sanctions.registry.revisions;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sanctions.events.Listing;
import eu.sanctions.events.Measure;
import eu.sanctions.events.registry.MeasuresAmended;
import eu.sanctions.registry.messaging.EventPublisher;
import eu.sanctions.registry.register.BrusselsTime;
import eu.sanctions.registry.register.Cause;
import eu.sanctions.registry.register.PackageState;
import eu.sanctions.registry.register.Revision;
import eu.sanctions.registry.register.SanctionsPackage;
import eu.sanctions.registry.register.UpdateRejected;

/**
 * What staff do to the register by hand: create a package, replace its measures, list or
 * delist someone. Each command is one transaction and one revision, made against the
 * revision the caller last read (optimistic locking), and announced by
 * {@code measures-amended} besides the package's new state.
 */
@Service
public class EditingPackages {

	private final Packages packages;

	private final Revising revising;

	private final EventPublisher publisher;

	private final Clock clock;

	EditingPackages(Packages packages, Revising revising, EventPublisher publisher, Clock clock) {
		this.packages = packages;
		this.revising = revising;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** Creates a package, in force from today. */
	@Transactional
	public Revision create(PackageState state, String user) {
		Instant now = this.clock.instant();
		Revision revision = SanctionsPackage.create(state, Cause.of("Created by " + user), BrusselsTime.dateOf(now),
				now, "Package created");
		this.revising.recordNew(revision);
		return revision;
	}

	/**
	 * Replaces the measures of a package; nothing happens if they are the same.
	 * @throws UnknownPackage if there is no such package
	 * @throws StaleRevision if the package is no longer at {@code expectedRevision}
	 */
	@Transactional
	public Revision replaceMeasures(String key, long expectedRevision, List<Measure> measures, String reason,
			String user) {
		return change(key, expectedRevision, "Measures replaced by " + user + ": " + reason,
				(current) -> current
					.replaceMeasures(measures, Cause.of("Measures replaced by " + user + ": " + reason),
							this.clock.instant())
					.orElse(null));
	}

	/**
	 * Lists a person or entity under a package.
	 * @throws UpdateRejected if it is listed already
	 */
	@Transactional
	public Revision addListing(String key, long expectedRevision, Listing listing, String reason, String user) {
		String cause = "Listed by " + user + ": " + reason;
		return change(key, expectedRevision, cause,
				(current) -> current.addListing(listing, Cause.of(cause), this.clock.instant()));
	}

	/**
	 * Delists a person or entity from a package.
	 * @throws UpdateRejected if it is not listed
	 */
	@Transactional
	public Revision removeListing(String key, long expectedRevision, String euReferenceNumber, String reason,
			String user) {
		String cause = "Delisted by " + user + ": " + reason;
		return change(key, expectedRevision, cause,
				(current) -> current.removeListing(euReferenceNumber, Cause.of(cause), this.clock.instant()));
	}

	/** The package as it stands; the latest revision if the command changed nothing. */
	private Revision change(String key, long expectedRevision, String cause,
			Function<SanctionsPackage, Revision> command) {
		SanctionsPackage current = this.packages.find(key).orElseThrow(() -> new UnknownPackage(key));
		if (current.revision() != expectedRevision) {
			throw new StaleRevision(key, expectedRevision, current.revision());
		}
		Revision revision = command.apply(current);
		if (revision == null) {
			return current.latest();
		}
		this.revising.record(current, revision);
		this.publisher.publish(measuresAmended(current, revision, cause));
		return revision;
	}

	static MeasuresAmended measuresAmended(SanctionsPackage before, Revision revision, String cause) {
		List<String> referencesBefore = before.state().listings().stream().map(Listing::euReferenceNumber).toList();
		List<String> referencesAfter = revision.state().listings().stream().map(Listing::euReferenceNumber).toList();
		return new MeasuresAmended(revision.packageKey(), revision.number(), revision.summary(),
				referencesBefore.stream().filter((reference) -> !referencesAfter.contains(reference)).toList(),
				referencesAfter.stream().filter((reference) -> !referencesBefore.contains(reference)).toList(),
				referencesBefore.size(), referencesAfter.size(), cause);
	}

}
