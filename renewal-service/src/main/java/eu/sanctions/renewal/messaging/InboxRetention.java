package eu.sanctions.renewal.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the inbox remembers an applied event ({@code sanctions.inbox.*}); how often it
 * forgets the older ones is {@code sanctions.inbox.cleanup-interval} (an hour).
 *
 * @param retention how long an applied event's id is kept to recognise its redelivery;
 * longer than any redelivery can come late: 30 days by default, four times the topics'
 * default retention (7 days)
 */
@ConfigurationProperties("sanctions.inbox")
record InboxRetention(@DefaultValue("30d") Duration retention) {

	InboxRetention {
		if (retention.isNegative() || retention.isZero()) {
			throw new IllegalArgumentException("sanctions.inbox.retention must be positive");
		}
	}

}
