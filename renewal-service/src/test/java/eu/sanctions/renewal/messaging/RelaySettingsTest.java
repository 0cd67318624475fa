package eu.sanctions.renewal.messaging;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import eu.sanctions.events.outbox.OutboxRelay;

import static org.assertj.core.api.Assertions.assertThat;

/** The renewal-service's outbox relay works as {@code sanctions.outbox.*} says. */
class RelaySettingsTest {

	@Test
	void setsTheRelayUpFromTheOutboxPropertiesAndTheDefaultsForTheRest() {
		MockEnvironment environment = new MockEnvironment().withProperty("sanctions.outbox.send-timeout", "3s")
			.withProperty("sanctions.outbox.batch-size", "50")
			.withProperty("sanctions.outbox.relay-enabled", "true");

		assertThat(MessagingConfiguration.relaySettings(environment)).isEqualTo(new OutboxRelay.Settings(
				Duration.ofMillis(500), 50, Duration.ofSeconds(3), Duration.ofMinutes(1), Duration.ofDays(7)));
		assertThat(MessagingConfiguration.relaySettings(new MockEnvironment()))
			.isEqualTo(OutboxRelay.Settings.defaults());
	}

}
