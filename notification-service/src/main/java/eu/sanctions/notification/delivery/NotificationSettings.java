package eu.sanctions.notification.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Routing settings ({@code sanctions.notification.*}).
 *
 * @param tasklistUrl the Tasklist desks answer in; their links point there
 * @param desksFollowEveryPackage whether a desk without subscriptions of its own hears of
 * every package's outcome
 */
@ConfigurationProperties("sanctions.notification")
record NotificationSettings(@DefaultValue("http://127.0.0.1:8080/camunda/app/tasklist/default/") String tasklistUrl,
		@DefaultValue("true") boolean desksFollowEveryPackage) {
}
