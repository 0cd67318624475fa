package eu.sanctions.events.inbox;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** How long the inbox remembers an applied event: {@code sanctions.inbox.retention}. */
class ForgettingAppliedEventsSettingsTest {

	@Test
	void remembersAnAppliedEventForThirtyDaysUnlessTold() {
		assertThat(ForgettingAppliedEvents.Settings.defaults().retention()).isEqualTo(Duration.ofDays(30));
		assertThat(bound(Map.of())).isEqualTo(ForgettingAppliedEvents.Settings.defaults());
		assertThat(bound(Map.of("sanctions.inbox.retention", "90d")).retention()).isEqualTo(Duration.ofDays(90));
	}

	@Test
	void refusesARetentionThatIsNotPositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ForgettingAppliedEvents.Settings(Duration.ZERO));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ForgettingAppliedEvents.Settings(Duration.ofDays(-1)));
	}

	/** As a service binds them. */
	private static ForgettingAppliedEvents.Settings bound(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("sanctions.inbox",
				ForgettingAppliedEvents.Settings.class);
	}

}
