package eu.sanctions.registry.revisions;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import eu.sanctions.events.Listing;
import eu.sanctions.events.registry.PackageRevised;
import eu.sanctions.registry.messaging.EventPublisher;
import eu.sanctions.registry.register.PackageState;
import eu.sanctions.registry.register.Revision;
import eu.sanctions.registry.register.SanctionsPackage;

/**
 * Records revisions: the package, its history and its listings index change, and its full
 * state goes to the compacted topic, all in the caller's transaction. Every change of the
 * register goes through here.
 */
@Service
public class Revising {

	private final Packages packages;

	private final EventPublisher publisher;

	Revising(Packages packages, EventPublisher publisher) {
		this.packages = packages;
		this.publisher = publisher;
	}

	/**
	 * Records the first revision of a new package.
	 * @throws PackageAlreadyExists if the key or the Sanctions Map regime is taken
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordNew(Revision revision) {
		if (!revision.isFirst()) {
			throw new IllegalArgumentException("A new package starts at revision 1");
		}
		PackageState state = revision.state();
		if (this.packages.find(state.key()).isPresent()) {
			throw new PackageAlreadyExists("A package with the key " + state.key() + " exists already");
		}
		if (state.sanctionsMapId() != null) {
			this.packages.keyOfRegime(state.sanctionsMapId()).ifPresent((other) -> {
				throw new PackageAlreadyExists(
						"Sanctions Map regime " + state.sanctionsMapId() + " is the package " + other + " already");
			});
		}
		this.packages.insert(revision);
		this.publisher.publish(packageRevised(revision));
	}

	/**
	 * Records the next revision of a package.
	 * @throws StaleRevision if it changed since {@code from} was read
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(SanctionsPackage from, Revision revision) {
		if (revision.number() != from.revision() + 1) {
			throw new IllegalArgumentException("Revision " + revision.number() + " does not follow " + from.revision());
		}
		List<Listing> listingsBefore = from.state().listings();
		this.packages.update(revision, listingsBefore);
		this.publisher.publish(packageRevised(revision));
	}

	static PackageRevised packageRevised(Revision revision) {
		PackageState state = revision.state();
		return new PackageRevised(state.key(), revision.number(), state.title(), state.issuer(), state.sanctionsMapId(),
				state.programmes(), state.status(), state.adoptionDate(), state.expiry(), state.renewalCycleMonths(),
				state.reviewWindowDays(), state.lapsedOn(), state.legalActs(), state.measures(), state.listings(),
				revision.recordedAt(), revision.cause().description());
	}

}
