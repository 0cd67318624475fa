package eu.sanctions.registry.renewals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sanctions.events.EventType;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.inbox.Inbox;
import eu.sanctions.events.registry.MeasuresExtended;
import eu.sanctions.events.registry.MeasuresLapsed;
import eu.sanctions.events.registry.RegistryUpdateRejected;
import eu.sanctions.events.registry.RegistryUpdateRejected.Reason;
import eu.sanctions.events.renewal.ExtensionAdopted;
import eu.sanctions.events.renewal.RenewalLapsed;
import eu.sanctions.registry.messaging.EventPublisher;
import eu.sanctions.registry.register.Cause;
import eu.sanctions.registry.register.PackageState;
import eu.sanctions.registry.register.Revision;
import eu.sanctions.registry.register.SanctionsPackage;
import eu.sanctions.registry.register.UpdateRejected;
import eu.sanctions.registry.revisions.Packages;
import eu.sanctions.registry.revisions.Revising;

/**
 * Applies what a renewal decided, each event once: the inbox record, the revision and the
 * events announcing it commit together, so a redelivery finds the event applied and skips
 * it. An event that does not fit the package is refused in the same way: the inbox
 * record, the refusal and {@code registry-update-rejected} commit together, and a
 * redelivery is refused again from the record, without a second rejection.
 */
@Service
public class ApplyingRenewalOutcomes {

	/** This service's name in the inbox. */
	static final String CONSUMER = "registry-service";

	private static final Logger log = LoggerFactory.getLogger(ApplyingRenewalOutcomes.class);

	private final TransactionTemplate transactions;

	private final Inbox inbox;

	private final RefusedEvents refusals;

	private final Packages packages;

	private final Revising revising;

	private final EventPublisher publisher;

	private final Clock clock;

	ApplyingRenewalOutcomes(TransactionTemplate transactions, Inbox inbox, RefusedEvents refusals, Packages packages,
			Revising revising, EventPublisher publisher, Clock clock) {
		this.transactions = transactions;
		this.inbox = inbox;
		this.refusals = refusals;
		this.packages = packages;
		this.revising = revising;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * Applies an {@code extension-adopted} or {@code renewal-lapsed} event, in one
	 * transaction that has committed when this returns.
	 * @return applied, already applied, or refused (and why)
	 */
	public Outcome apply(ReceivedEvent event) {
		return this.transactions.execute((status) -> {
			if (!this.inbox.firstDelivery(CONSUMER, event.id())) {
				return this.refusals.find(CONSUMER, event.id())
					.<Outcome>map((refusal) -> new Outcome.Refused(refusal.reason(), refusal.detail()))
					.orElse(new Outcome.AlreadyApplied());
			}
			Instant now = this.clock.instant();
			try {
				if (event.type() == EventType.EXTENSION_ADOPTED) {
					extend(event.id(), event.data(ExtensionAdopted.class), now);
				}
				else if (event.type() == EventType.RENEWAL_LAPSED) {
					lapse(event.id(), event.data(RenewalLapsed.class), now);
				}
				else {
					throw new IllegalArgumentException(event.type().type() + " is not a renewal outcome");
				}
				return new Outcome.Applied();
			}
			catch (UpdateRejected rejected) {
				refuse(event, rejected, now);
				return new Outcome.Refused(rejected.reason().name(), rejected.getMessage());
			}
		});
	}

	private void extend(String eventId, ExtensionAdopted adopted, Instant now) {
		SanctionsPackage current = find(adopted.packageKey());
		SanctionsPackage.Extension extension = current.extend(adopted,
				new Cause("extension-adopted " + adopted.renewalId() + ": " + adopted.actReference() + ", recorded by "
						+ adopted.recordedBy(), eventId),
				now);
		Revision revision = extension.revision();
		this.revising.record(current, revision);
		PackageState state = revision.state();
		this.publisher.publish(new MeasuresExtended(state.key(), adopted.renewalId(), eventId, revision.number(),
				state.sanctionsMapId(), state.programmes(), state.legalActs(), adopted.outcome(),
				extension.previousExpiry(), adopted.newExpiry(), adopted.actReference(), adopted.adoptionDate(),
				adopted.publicationDate(), adopted.entryIntoForceDate(), extension.listingsRemoved(),
				extension.listingsAdded(), extension.listingCountBefore(), extension.listingCountAfter()));
		log.info("Applied {}: {} extended to {} (revision {})", eventId, state.key(), state.expiry(),
				revision.number());
	}

	private void lapse(String eventId, RenewalLapsed lapsed, Instant now) {
		SanctionsPackage current = find(lapsed.packageKey());
		Revision revision = current.lapse(lapsed.expiry(),
				new Cause("renewal-lapsed " + lapsed.renewalId() + ": " + lapsed.reason(), eventId), now);
		PackageState state = revision.state();
		// measures-lapsed says the measures no longer apply: a lapse recorded before the
		// expiry (staff accepted it) says so on the day after the expiry, with the state.
		this.revising.record(current, revision, new MeasuresLapsed(state.key(), lapsed.renewalId(), eventId,
				revision.number(), state.expiry(), state.lapsedOn(), state.listings().size()));
		log.info("Applied {}: {} lapses on {} (revision {})", eventId, state.key(), state.lapsedOn(),
				revision.number());
	}

	private SanctionsPackage find(String key) {
		return this.packages.find(key)
			.orElseThrow(() -> new UpdateRejected(Reason.UNKNOWN_PACKAGE, "The registry has no package " + key));
	}

	private void refuse(ReceivedEvent event, UpdateRejected rejected, Instant now) {
		String renewalId = null;
		LocalDate expected = rejected.expectedExpiry();
		if (event.data() instanceof ExtensionAdopted adopted) {
			renewalId = adopted.renewalId();
			expected = adopted.previousExpiry();
		}
		else if (event.data() instanceof RenewalLapsed lapsed) {
			renewalId = lapsed.renewalId();
			expected = lapsed.expiry();
		}
		LocalDate registryExpiry = Optional.ofNullable(rejected.registryExpiry())
			.orElseGet(() -> this.packages.find(event.data().packageKey())
				.map((found) -> found.state().expiry())
				.orElse(null));
		this.refusals.record(CONSUMER, event.id(), rejected.reason().name(), rejected.getMessage(), now);
		this.publisher.publish(new RegistryUpdateRejected(event.data().packageKey(), renewalId, event.id(),
				event.type().type(), rejected.reason(), rejected.getMessage(), registryExpiry, expected));
		log.warn("Refused {} {} for {}: {} ({})", event.type().type(), event.id(), event.data().packageKey(),
				rejected.reason(), rejected.getMessage());
	}

	/** What became of an event. */
	public sealed interface Outcome {

		/** Applied now. */
		record Applied() implements Outcome {
		}

		/** Applied before: a redelivery, skipped. */
		record AlreadyApplied() implements Outcome {
		}

		/** Refused, now or before, for this reason. */
		record Refused(String reason, String detail) implements Outcome {
		}

	}

}
