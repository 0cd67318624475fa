package eu.sanctions.renewal.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import eu.sanctions.events.outbox.OutboxRelay;

/**
 * How the outbox relay works ({@code sanctions.outbox.*}); see
 * {@link OutboxRelay.Settings}. The send timeout must stay shorter than the producer's
 * {@code delivery.timeout.ms} (30 s in {@code application.yml}): the relay, not the
 * producer, gives up on a send, and aborts what the producer still buffers before it
 * sends again.
 *
 * @param pollInterval how often it looks for events when nobody wakes it up
 * @param batchSize how many events it sends before it marks them
 * @param sendTimeout how long it waits for the broker to acknowledge a batch
 * @param lockAtMostFor how long a crashed node's lock blocks the others
 * @param retention how long relayed events stay in the table, for inspection
 */
@ConfigurationProperties("sanctions.outbox")
record RelaySettings(@DefaultValue("500ms") Duration pollInterval, @DefaultValue("200") int batchSize,
		@DefaultValue("10s") Duration sendTimeout, @DefaultValue("1m") Duration lockAtMostFor,
		@DefaultValue("7d") Duration retention) {

	OutboxRelay.Settings toSettings(String lockName) {
		return new OutboxRelay.Settings(lockName, this.pollInterval, this.batchSize, this.sendTimeout,
				this.lockAtMostFor, this.retention);
	}

}
