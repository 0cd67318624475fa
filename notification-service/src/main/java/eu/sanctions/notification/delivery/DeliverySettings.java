package eu.sanctions.notification.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dispatcher ({@code sanctions.notification.delivery.*}).
 *
 * @param pollInterval how often due deliveries are looked for
 * @param batchSize how many deliveries one round attempts
 * @param maxAttempts attempts in all before a delivery is dead
 * @param initialDelay the longest wait after the first failure
 * @param maxDelay the longest wait ever
 * @param lease how long a dispatcher holds a delivery it is sending: longer than any send
 * takes, since after it another node may send it again
 */
@ConfigurationProperties("sanctions.notification.delivery")
record DeliverySettings(@DefaultValue("2s") Duration pollInterval, @DefaultValue("20") int batchSize,
		@DefaultValue("8") int maxAttempts, @DefaultValue("10s") Duration initialDelay,
		@DefaultValue("30m") Duration maxDelay, @DefaultValue("5m") Duration lease) {

	RetryPolicy retryPolicy() {
		return new RetryPolicy(this.maxAttempts, this.initialDelay, this.maxDelay);
	}

}
