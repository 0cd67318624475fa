package eu.sanctions.notification.subscription;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhooks ({@code sanctions.notification.webhooks.*}).
 *
 * @param allowPrivateTargets whether a webhook may point at a loopback, private,
 * link-local or otherwise internal address; off, so that a subscription cannot make this
 * service call into its own network (server-side request forgery)
 * @param connectTimeout how long to wait for an integrator's server to accept the
 * connection
 * @param requestTimeout how long to wait for its answer
 */
@ConfigurationProperties("sanctions.notification.webhooks")
public record WebhookSettings(boolean allowPrivateTargets, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("10s") Duration requestTimeout) {
}
