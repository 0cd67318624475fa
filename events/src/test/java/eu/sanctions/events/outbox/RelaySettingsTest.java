package eu.sanctions.events.outbox;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * How the relay is set up: {@code sanctions.outbox.*}, with defaults for what is not set.
 */
class RelaySettingsTest {

	@Test
	void takesTheDefaultsForWhatIsNotSet() {
		assertThat(OutboxRelay.Settings.defaults()).isEqualTo(new OutboxRelay.Settings(Duration.ofMillis(500), 200,
				Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofDays(7)));
	}

	@Test
	void isBoundBySpringFromWhicheverPropertiesAreSet() {
		Binder binder = new Binder(new MapConfigurationPropertySource(Map.of("sanctions.outbox.send-timeout", "3s",
				"sanctions.outbox.batch-size", "50", "sanctions.outbox.relay-enabled", "true")));

		assertThat(binder.bindOrCreate("sanctions.outbox", OutboxRelay.Settings.class))
			.isEqualTo(new OutboxRelay.Settings(Duration.ofMillis(500), 50, Duration.ofSeconds(3),
					Duration.ofMinutes(1), Duration.ofDays(7)));
		assertThat(binder.bindOrCreate("sanctions.nothing-here", OutboxRelay.Settings.class))
			.isEqualTo(OutboxRelay.Settings.defaults());
	}

	@Test
	void refusesSettingsThatMakeNoSense() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OutboxRelay.Settings(null, 0, null, null, null));
		assertThatIllegalArgumentException().as("a lock that ends while a batch may still be waited for")
			.isThrownBy(() -> new OutboxRelay.Settings(null, null, Duration.ofSeconds(40), null, null));
	}

}
