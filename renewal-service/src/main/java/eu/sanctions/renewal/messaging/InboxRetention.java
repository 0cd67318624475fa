package eu.sanctions.renewal.messaging;

import java.time.Clock;
import java.util.OptionalInt;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.DependsOn;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import eu.sanctions.events.inbox.ForgettingAppliedEvents;
import eu.sanctions.events.inbox.Inbox;

/**
 * Forgets the events this service applied longer ago than
 * {@code sanctions.inbox.retention} (30 days), every
 * {@code sanctions.inbox.cleanup-interval} (an hour), on one node at a time: see
 * {@link ForgettingAppliedEvents}.
 */
@Component
@DependsOn("eventTables")
class InboxRetention {

	private final ForgettingAppliedEvents forgetting;

	InboxRetention(Inbox inbox, DataSource dataSource, Clock clock, Environment environment) {
		this.forgetting = new ForgettingAppliedEvents(inbox, dataSource, "renewal-inbox-retention",
				Binder.get(environment).bindOrCreate("sanctions.inbox", ForgettingAppliedEvents.Settings.class), clock);
	}

	@Scheduled(initialDelayString = "${sanctions.inbox.cleanup-interval:1h}",
			fixedDelayString = "${sanctions.inbox.cleanup-interval:1h}")
	OptionalInt forgetOldEvents() {
		return this.forgetting.forgetOldEvents();
	}

}
