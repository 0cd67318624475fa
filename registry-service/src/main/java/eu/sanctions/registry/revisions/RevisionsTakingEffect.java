package eu.sanctions.registry.revisions;

import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sanctions.registry.register.Revision;
import eu.sanctions.registry.time.ClockMoved;

/**
 * Announces the revisions that take effect today though they were recorded before (a
 * lapse recorded before the expiry): their full state on the compacted topic, and the
 * events held for them. Daily just after midnight in Brussels, once at start-up (a day
 * may have begun while the service was down) and whenever the movable clock of the system
 * tests moves; on one node at a time (a ShedLock lock), each package in a transaction of
 * its own, and idempotent: what was announced is not announced again.
 */
@Component
public class RevisionsTakingEffect {

	private static final Logger log = LoggerFactory.getLogger(RevisionsTakingEffect.class);

	private final Packages packages;

	private final Revising revising;

	private final TransactionTemplate transactions;

	RevisionsTakingEffect(Packages packages, Revising revising, TransactionTemplate transactions) {
		this.packages = packages;
		this.revising = revising;
		this.transactions = transactions;
	}

	/**
	 * Announces what took effect since it was recorded.
	 * @return the revisions announced now, e.g. {@code EU-BLR:4}; {@code null} if another
	 * node holds the lock
	 */
	@Scheduled(cron = "${sanctions.registry.taking-effect.cron:0 1 0 * * *}", zone = "Europe/Brussels")
	@SchedulerLock(name = "registry-revisions-taking-effect", lockAtMostFor = "PT10M", lockAtLeastFor = "PT0S")
	public List<String> announceRevisionsTakingEffect() {
		List<String> announced = new ArrayList<>();
		for (String key : this.packages.withRevisionsNotAnnounced()) {
			try {
				List<Revision> now = this.transactions.execute((status) -> this.revising.announceInForce(key));
				now.forEach((revision) -> announced.add(key + ":" + revision.number()));
			}
			catch (RuntimeException ex) {
				// One package's trouble holds no other back; it is tried again next time.
				log.warn("Could not announce the revisions of {} that took effect", key, ex);
			}
		}
		if (!announced.isEmpty()) {
			log.info("Revisions taking effect: {}", String.join(", ", announced));
		}
		return announced;
	}

	/**
	 * Runs the job at start-up and when the movable clock moves, through its lock: a bean
	 * of its own, since a call from within the job's class would bypass the lock.
	 */
	@Component
	static class Triggers {

		private final RevisionsTakingEffect job;

		Triggers(RevisionsTakingEffect job) {
			this.job = job;
		}

		@EventListener(ApplicationReadyEvent.class)
		void atStartUp() {
			this.job.announceRevisionsTakingEffect();
		}

		@EventListener(ClockMoved.class)
		void whenTheClockMoves() {
			this.job.announceRevisionsTakingEffect();
		}

	}

}
