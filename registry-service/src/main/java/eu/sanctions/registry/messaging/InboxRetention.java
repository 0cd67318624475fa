package eu.sanctions.registry.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import eu.sanctions.events.inbox.Inbox;

/**
 * Forgets the ids of events applied longer ago than the retention
 * ({@code sanctions.inbox.retention}, 30 days by default), once a day on one node at a
 * time (a ShedLock lock), so that the inbox does not grow for ever. Keep the retention
 * longer than the topics keep their records: a redelivery can only come from a record
 * still on its topic.
 */
@Component
public class InboxRetention {

	private static final Logger log = LoggerFactory.getLogger(InboxRetention.class);

	private final Inbox inbox;

	private final Clock clock;

	private final Duration retention;

	InboxRetention(Inbox inbox, Clock clock, @Value("${sanctions.inbox.retention:30d}") Duration retention) {
		if (retention.isNegative() || retention.isZero()) {
			throw new IllegalArgumentException("The inbox keeps events for a positive time, not " + retention);
		}
		this.inbox = inbox;
		this.clock = clock;
		this.retention = retention;
	}

	/**
	 * Forgets what was applied before the retention.
	 * @return how many events were forgotten; {@code null} if another node holds the lock
	 */
	@Scheduled(cron = "${sanctions.inbox.cleanup-cron:0 30 3 * * *}", zone = "Europe/Brussels")
	@SchedulerLock(name = "registry-inbox-retention", lockAtMostFor = "PT10M", lockAtLeastFor = "PT0S")
	public Integer forgetOldEvents() {
		Instant before = this.clock.instant().minus(this.retention);
		int forgotten = this.inbox.forgetBefore(before);
		if (forgotten > 0) {
			log.info("Forgot {} events applied before {} from the inbox", forgotten, before);
		}
		return forgotten;
	}

}
