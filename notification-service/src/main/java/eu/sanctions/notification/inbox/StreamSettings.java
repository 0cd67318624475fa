package eu.sanctions.notification.inbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Live streams of the inbox ({@code sanctions.notification.stream.*}).
 *
 * @param pollInterval how often new notifications are looked for, on every node: a
 * stream's page may be held by another node than the one that consumed the event
 * @param timeout how long a stream stays open; the browser's EventSource reconnects and
 * resumes from the last event id
 * @param keepAlive how long a stream may stay silent before a comment shows whether the
 * client is still there
 * @param lateCommits how long after a notification was sent a stream still looks for
 * lower-numbered ones: with several nodes, a notification numbered before another may
 * commit after it
 */
@ConfigurationProperties("sanctions.notification.stream")
record StreamSettings(@DefaultValue("1s") Duration pollInterval, @DefaultValue("30m") Duration timeout,
		@DefaultValue("15s") Duration keepAlive, @DefaultValue("1m") Duration lateCommits) {
}
