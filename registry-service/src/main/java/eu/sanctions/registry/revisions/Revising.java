package eu.sanctions.registry.revisions;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import eu.sanctions.events.Listing;
import eu.sanctions.events.SanctionsEvent;
import eu.sanctions.events.registry.PackageRevised;
import eu.sanctions.registry.messaging.EventPublisher;
import eu.sanctions.registry.register.BrusselsTime;
import eu.sanctions.registry.register.PackageState;
import eu.sanctions.registry.register.Revision;
import eu.sanctions.registry.register.SanctionsPackage;

/**
 * Records revisions: the package, its history and its listings index change in the
 * caller's transaction, and every change of the register goes through here. The compacted
 * topic follows what is in force: a revision's full state goes there ({@code
 * package-revised}) when it takes effect, in the same transaction if it already has, else
 * on the day it does ({@link RevisionsTakingEffect}), with the events held for that day.
 */
@Service
public class Revising {

	private final Packages packages;

	private final HeldEvents held;

	private final EventPublisher publisher;

	private final Clock clock;

	Revising(Packages packages, HeldEvents held, EventPublisher publisher, Clock clock) {
		this.packages = packages;
		this.held = held;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * Records the first revision of a new package, announced at once.
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
	 * Records the next revision of a package, announced if it is in force today.
	 * @param whenInForce events that say the revision is in force, published with it
	 * @throws StaleRevision if it changed since {@code from} was read
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(SanctionsPackage from, Revision revision, SanctionsEvent... whenInForce) {
		if (revision.number() != from.revision() + 1) {
			throw new IllegalArgumentException("Revision " + revision.number() + " does not follow " + from.revision());
		}
		List<Listing> listingsBefore = from.state().listings();
		this.packages.update(revision, listingsBefore);
		this.held.hold(revision, List.of(whenInForce));
		announceInForce(revision.packageKey());
	}

	/**
	 * Announces the revisions of a package that have taken effect since the last one
	 * announced, oldest first: each one's full state, then the events held for it.
	 * @return the revisions announced now
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Revision> announceInForce(String key) {
		long announced = this.packages.lockAnnounced(key);
		List<Revision> due = this.packages.inForceAfter(key, announced, BrusselsTime.today(this.clock));
		for (Revision revision : due) {
			this.publisher.publish(packageRevised(revision));
			this.held.release(key, revision.number()).forEach(this.publisher::publish);
		}
		if (!due.isEmpty()) {
			this.packages.markAnnounced(key, due.get(due.size() - 1).number());
		}
		return due;
	}

	static PackageRevised packageRevised(Revision revision) {
		PackageState state = revision.state();
		return new PackageRevised(state.key(), revision.number(), state.title(), state.issuer(), state.sanctionsMapId(),
				state.programmes(), state.status(), state.adoptionDate(), state.expiry(), state.renewalCycleMonths(),
				state.reviewWindowDays(), state.lapsedOn(), state.legalActs(), state.measures(), state.listings(),
				revision.recordedAt(), revision.cause().description());
	}

}
