package eu.sanctions.registry.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the consumer waits between tries of a record it could not process
 * ({@code sanctions.kafka.consumer-retry.*}).
 *
 * @param firstWait the wait after the first failure that may pass; it doubles after each
 * further one
 * @param longestWait the cap of that wait: a failure that may pass is tried again at
 * least this often, for as long as it lasts
 * @param triesOfAFailureThatWillNotPass how often a record is tried in all when its
 * failure will not pass by waiting (a bug), before it goes to the dead-letter topic
 * @param waitOfAFailureThatWillNotPass the wait between those tries
 */
@ConfigurationProperties("sanctions.kafka.consumer-retry")
record ConsumerRetrySettings(@DefaultValue("1s") Duration firstWait, @DefaultValue("30s") Duration longestWait,
		@DefaultValue("3") int triesOfAFailureThatWillNotPass,
		@DefaultValue("1s") Duration waitOfAFailureThatWillNotPass) {

	ConsumerRetrySettings {
		if (firstWait.isNegative() || firstWait.isZero() || longestWait.compareTo(firstWait) < 0) {
			throw new IllegalArgumentException(
					"The waits must be positive and the longest at least the first: " + firstWait + ", " + longestWait);
		}
		if (triesOfAFailureThatWillNotPass < 1) {
			throw new IllegalArgumentException(
					"A record is tried at least once, not " + triesOfAFailureThatWillNotPass);
		}
	}

}
