package eu.sanctions.registry.renewals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sanctions.events.PackageStatus;
import eu.sanctions.events.registry.RenewalDue;
import eu.sanctions.registry.messaging.EventPublisher;
import eu.sanctions.registry.register.BrusselsTime;
import eu.sanctions.registry.register.PackageState;
import eu.sanctions.registry.register.RenewalDuePolicy;
import eu.sanctions.registry.register.SanctionsPackage;
import eu.sanctions.registry.revisions.Packages;

/**
 * Publishes {@code renewal-due} for every package in its review window, once per
 * (package, expiry): on a schedule, and once at start-up. One node runs it at a time (a
 * ShedLock lock), and the notice table's key keeps it to once even if two did. Active
 * packages whose expiry has passed are stale data: they are logged and counted
 * ({@code registry.packages.expired.unrenewed}), never renewed.
 */
@Component
public class RenewalDueJob {

	private static final Logger log = LoggerFactory.getLogger(RenewalDueJob.class);

	private final Packages packages;

	private final DueNotices notices;

	private final EventPublisher publisher;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final AtomicInteger expiredUnrenewed = new AtomicInteger();

	private volatile List<String> staleLogged = List.of();

	RenewalDueJob(Packages packages, DueNotices notices, EventPublisher publisher, TransactionTemplate transactions,
			Clock clock, MeterRegistry meters) {
		this.packages = packages;
		this.notices = notices;
		this.publisher = publisher;
		this.transactions = transactions;
		this.clock = clock;
		Gauge.builder("registry.packages.expired.unrenewed", this.expiredUnrenewed, AtomicInteger::get)
			.description("Active packages whose expiry has passed without a recorded renewal: stale data")
			.register(meters);
	}

	/**
	 * Publishes what is due today.
	 * @return the renewals announced now, e.g. {@code EU-BLR:2027-02-28}; {@code null} if
	 * another node holds the lock
	 */
	@Scheduled(cron = "${sanctions.registry.renewal-due.cron:0 */15 * * * *}", zone = "Europe/Brussels")
	@SchedulerLock(name = "registry-renewal-due", lockAtMostFor = "PT10M", lockAtLeastFor = "PT0S")
	public List<String> announceDueRenewals() {
		LocalDate today = BrusselsTime.today(this.clock);
		List<String> announced = new ArrayList<>();
		List<String> stale = new ArrayList<>();
		for (SanctionsPackage candidate : this.packages.withStatus(PackageStatus.ACTIVE)) {
			PackageState state = candidate.state();
			switch (RenewalDuePolicy.assess(state, today)) {
				case DUE -> {
					if (announceOnce(state)) {
						announced.add(state.key() + ":" + state.expiry());
					}
				}
				case EXPIRED_UNRENEWED -> stale.add(state.key() + " (" + state.expiry() + ")");
				default -> {
				}
			}
		}
		this.expiredUnrenewed.set(stale.size());
		if (!stale.isEmpty() && !stale.equals(this.staleLogged)) {
			// Said when it changes, not every quarter of an hour.
			log.info(
					"{} active packages have an expiry in the past and no recorded renewal (stale data, not renewed): {}",
					stale.size(), String.join(", ", stale));
		}
		this.staleLogged = List.copyOf(stale);
		if (!announced.isEmpty()) {
			log.info("Renewal due on {}: {}", today, String.join(", ", announced));
		}
		return announced;
	}

	private boolean announceOnce(PackageState state) {
		try {
			return Boolean.TRUE.equals(this.transactions.execute((status) -> {
				if (this.notices.exists(state.key(), state.expiry())) {
					return false;
				}
				CloudEvent event = this.publisher.publish(renewalDue(state));
				this.notices.record(state.key(), state.expiry(), event.getId(), this.clock.instant());
				return true;
			}));
		}
		catch (DuplicateKeyException ex) {
			// Another node announced it between our check and our insert; our event
			// rolled back with the insert.
			return false;
		}
	}

	static RenewalDue renewalDue(PackageState state) {
		return new RenewalDue(state.key(), state.title(), state.sanctionsMapId(), state.programmes(), state.expiry(),
				(state.renewalCycleMonths() > 0) ? state.renewalCycleMonths()
						: PackageState.DEFAULT_RENEWAL_CYCLE_MONTHS,
				RenewalDuePolicy.proposedNewExpiry(state), state.reviewWindowDays(), state.listings().size(),
				state.legalActs());
	}

}
